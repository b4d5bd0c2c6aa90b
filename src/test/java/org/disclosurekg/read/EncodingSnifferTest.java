package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingSnifferTest {
    private static final String SIMPLIFIED = "汉阳区2020年度政府信息公开工作年度报告。本年度新收政府信息公开申请221件，予以公开85件。";
    private static final String TRADITIONAL = "武昌區2020年度政府信息公開工作年度報告。區政府本年新收到政府信息公開申請66件，予以公開10件。";

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] plain = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(SIMPLIFIED, EncodingSniffer.decode(plain).text());
        assertEquals(SIMPLIFIED, EncodingSniffer.decode(bom).text());
        assertEquals(StandardCharsets.UTF_8, EncodingSniffer.decode(bom).charset());
    }

    @Test
    void tellsGb18030FromBig5() {
        EncodingSniffer.Decoded gb = EncodingSniffer.decode(SIMPLIFIED.getBytes(EncodingSniffer.GB18030));
        assertEquals(EncodingSniffer.GB18030, gb.charset());
        assertEquals(SIMPLIFIED, gb.text());
        EncodingSniffer.Decoded big5 = EncodingSniffer.decode(TRADITIONAL.getBytes(EncodingSniffer.BIG5));
        assertEquals(EncodingSniffer.BIG5, big5.charset());
        assertEquals(TRADITIONAL, big5.text());
    }

    @Test
    void readsTraditionalTextWrittenInGbk() {
        EncodingSniffer.Decoded gb = EncodingSniffer.decode(TRADITIONAL.getBytes(EncodingSniffer.GB18030));
        assertEquals(TRADITIONAL, gb.text());
    }
}
