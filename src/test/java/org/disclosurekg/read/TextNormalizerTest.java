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
    void keepsTheOfficialDocumentsOfAMainlandReport() {
        TextNormalizer.Normalized n = TextNormalizer.normalize("區政府網站發佈規範性文件3件，公開結果檔案，機關職能與聯繫方式。");
        assertTrue(n.traditional());
        assertEquals("区政府网站发布规范性文件3件,公开结果文件,机关职能与联系方式。", n.text());
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
    void dropsPinyinThatMirrorsInsertAfterCharacters() {
        assertEquals("行政强制 | 0 | 规章 (试行) 移动端(app)",
                TextNormalizer.normalize("行政强(qiáng)制 | 0 | 规(guī)章 (试行) 移动端(app)").text());
    }

    @Test
    void normalisesLineEndsAndDropsInvisibleCharacters() {
        assertEquals("a\nb\nc", TextNormalizer.nfkc("\ufeffa\r\nb\r\u200bc"));
    }
}
