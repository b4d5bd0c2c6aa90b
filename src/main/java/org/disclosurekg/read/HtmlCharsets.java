package org.disclosurekg.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page: a byte-order mark wins, then the charset the page declares in a {@code <meta>}
 * tag, checked against the bytes; a page without either is sniffed like a text file.
 */
final class HtmlCharsets {
    /** How far into the page a charset declaration is looked for (browsers look at the first 1024 bytes). */
    private static final int PRESCAN = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharsets() {
    }

    /** The decoded page, its character set and, when the declaration was wrong, a warning. */
    record Decoded(String text, Charset charset, String warning) {
    }

    /** Decodes the page bytes. */
    static Decoded decode(byte[] bytes) {
        if (hasBom(bytes)) {
            EncodingSniffer.Decoded d = EncodingSniffer.decode(bytes);
            return new Decoded(d.text(), d.charset(), null);
        }
        Optional<Charset> declared = declared(bytes);
        if (declared.isEmpty()) {
            EncodingSniffer.Decoded d = EncodingSniffer.decode(bytes);
            return new Decoded(d.text(), d.charset(), null);
        }
        Charset cs = declared.get();
        boolean utf8 = decodesStrictly(bytes, StandardCharsets.UTF_8);
        if (cs.equals(StandardCharsets.UTF_8) && !utf8) {
            EncodingSniffer.Decoded d = EncodingSniffer.decode(bytes);
            return new Decoded(d.text(), d.charset(),
                    "the page declares UTF-8 but is not valid UTF-8; decoded as " + d.charset().name());
        }
        if (!cs.equals(StandardCharsets.UTF_8) && utf8 && hasNonAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "the page declares " + cs.name() + " but is UTF-8; decoded as UTF-8");
        }
        return new Decoded(new String(bytes, cs), cs, null);
    }

    /** The character set named by the first {@code <meta charset>} or {@code http-equiv} declaration. */
    static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? forLabel(m.group(1)) : Optional.empty();
    }

    /** Maps a declared label to the decoder browsers use for it: the GB family to GB18030. */
    static Optional<Charset> forLabel(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb_2312-80")
                || name.equals("cp936") || name.equals("euc-cn")) {
            return Optional.of(EncodingSniffer.GB18030);
        }
        if (name.equals("big5") || name.equals("big5-hkscs") || name.equals("x-x-big5")) {
            return Optional.of(EncodingSniffer.BIG5);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe
                || b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf);
    }

    private static boolean decodesStrictly(byte[] bytes, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
