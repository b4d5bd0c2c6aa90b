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

    /** The format of a file: its extension's format unless the bytes say they are something else. */
    public static Optional<ReportFormat> detect(Path file, byte[] bytes) {
        return of(file);
    }

    private static ReportReader unsupported(String format) {
        return (name, bytes) -> {
            throw new ReportReadException(format + " reports cannot be read yet");
        };
    }
}
