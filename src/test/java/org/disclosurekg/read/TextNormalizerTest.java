package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void convertsTraditionalWithTaiwanPhrasing() {
        TextNormalizer.Normalized n = TextNormalizer.normalize("區政府入口網站後台整體遷移，推進正式結果檔案公開，最佳化營商環境。");
        assertTrue(n.traditional());
        assertEquals("区政府门户网站后台整体迁移,推进正式结果文件公开,优化营商环境。", n.text());
    }

    @Test
    void leavesSimplifiedTextAlone() {
        String text = "区政府门户网站建设，档案馆设立查阅区域，印发《规划》。";
        TextNormalizer.Normalized n = TextNormalizer.normalize(text);
        assertFalse(n.traditional());
        assertEquals("区政府门户网站建设,档案馆设立查阅区域,印发《规划》。", n.text());
    }

    @Test
    void foldsFullWidthDigitsPunctuationAndSpaces() {
        assertEquals("2020年(一)予以公开 81 件:共12条", TextNormalizer.nfkc("２０２０年（一）予以公开\u3000８１\u00a0件：共１２条"));
    }

    @Test
    void normalisesLineEndsAndDropsInvisibleCharacters() {
        assertEquals("a\nb\nc", TextNormalizer.nfkc("\ufeffa\r\nb\r\u200bc"));
    }
}
