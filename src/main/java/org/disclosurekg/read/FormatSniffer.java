package org.disclosurekg.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a report file's format from its first bytes, because government sites often serve files under
 * the wrong extension (a .doc that is HTML or RTF, a .html that is plain GBK text): {@code %PDF}, a ZIP
 * holding {@code word/}, an OLE2 file holding a {@code WordDocument} stream, HTML markup, or text.
 */
final class FormatSniffer {
    /** The kind of file the bytes are. */
    enum Kind { PDF, DOCX, DOC, HTML, TEXT, RTF, OTHER_ZIP, OTHER_OLE2, BINARY }

    private static final int HEAD = 4096;
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*<(!doctype\\s+html|html|head|body|meta|title|div|p|table|span|font|center|h[1-6]|br|!--|\\?xml)"
                    + "[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("<(html|body|p|div|table|br)[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
        (byte) 0xe1};
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);

    private FormatSniffer() {
    }

    /** What the bytes are. */
    static Kind kind(byte[] bytes) {
        String head = head(bytes);
        if (head.contains("%pdf-")) {
            return Kind.PDF;
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return contains(bytes, "word/".getBytes(StandardCharsets.US_ASCII)) ? Kind.DOCX : Kind.OTHER_ZIP;
        }
        if (startsWith(bytes, OLE2)) {
            return contains(bytes, WORD_STREAM) ? Kind.DOC : Kind.OTHER_OLE2;
        }
        if (head.startsWith("{\\rtf")) {
            return Kind.RTF;
        }
        if (HTML_START.matcher(head).find()
                || head.stripLeading().startsWith("<") && HTML_TAG.matcher(head).find()) {
            return Kind.HTML;
        }
        return looksLikeText(bytes) ? Kind.TEXT : Kind.BINARY;
    }

    /** The report format the bytes are, when they are one the converter reads. */
    static Optional<ReportFormat> format(byte[] bytes) {
        return switch (kind(bytes)) {
            case PDF -> Optional.of(ReportFormat.PDF);
            case DOCX -> Optional.of(ReportFormat.DOCX);
            case DOC -> Optional.of(ReportFormat.DOC);
            case HTML -> Optional.of(ReportFormat.HTML);
            case TEXT -> Optional.of(ReportFormat.TEXT);
            default -> Optional.empty();
        };
    }

    /** The first bytes as text, enough to see magic numbers and the first markup (UTF-16 decoded when marked). */
    private static String head(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD);
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        return new String(bytes, skip, Math.max(0, n - skip), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    /** Text has no NUL bytes (UTF-16 text has a byte-order mark) and few control characters. */
    private static boolean looksLikeText(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
            return true;
        }
        int n = Math.min(bytes.length, HEAD * 2);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control <= n / 100;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
