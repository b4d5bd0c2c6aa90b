package org.disclosurekg.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The report formats the converter reads: file extensions, media type and reader. */
public enum ReportFormat {
    TEXT("text/plain", List.of("txt", "text"), TextReportReader::new),
    HTML("text/html", List.of("html", "htm", "shtml", "xhtml"), HtmlReportReader::new),
    PDF("application/pdf", List.of("pdf"), PdfReportReader::new),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
            DocxReportReader::new),
    DOC("application/msword", List.of("doc"), DocReportReader::new);

    private final String mediaType;
    private final List<String> extensions;
    private final Supplier<ReportReader> reader;

    ReportFormat(String mediaType, List<String> extensions, Supplier<ReportReader> reader) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.reader = reader;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** A new reader for this format. */
    public ReportReader reader() {
        return reader.get();
    }

    /** The format a file name's extension names, if it is one we read. */
    public static Optional<ReportFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        for (ReportFormat format : values()) {
            if (format.extensions.contains(ext)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format a file really is: the bytes decide when they are recognisably PDF, Word, HTML or text
     * (government sites often serve a .doc that is HTML, or a .html that is plain text), and the
     * extension ({@link #of(Path)}) only when they are not. A text file must also be named as a report.
     *
     * @throws ReportReadException when the bytes are a kind of file the converter cannot read, such as RTF
     *     or a spreadsheet, or when neither the bytes nor the extension name a format
     */
    public static ReportFormat detect(Path file, byte[] bytes) throws ReportReadException {
        FormatSniffer.Kind kind = FormatSniffer.kind(bytes);
        Optional<ReportFormat> sniffed = FormatSniffer.format(bytes);
        if (sniffed.isPresent() && (of(file).isPresent() || sniffed.get() != TEXT)) {
            return sniffed.get();
        }
        return switch (kind) {
            case RTF -> throw new ReportReadException("the file is an RTF document, which cannot be read yet; "
                    + "save it as .docx, .pdf or .html");
            case OTHER_ZIP -> throw new ReportReadException("the file is a ZIP archive but not a Word (.docx) document");
            case OTHER_OLE2 -> throw new ReportReadException(
                    "the file is an Office file (such as a spreadsheet) but not a Word (.doc) document");
            case TEXT -> throw new ReportReadException("not a report format this converter reads (expected one of "
                    + ".txt .html .pdf .docx .doc)");
            default -> of(file).orElseThrow(() -> new ReportReadException(
                    "the file is neither text nor a PDF, Word or HTML document"));
        };
    }
}
