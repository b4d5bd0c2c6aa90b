package org.disclosurekg.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.read.ReportReadException;
import org.disclosurekg.read.TextReportReader;

/** Builds report documents from text written in a test. */
final class TextReports {
    private TextReports() {
    }

    static ReportDocument document(String text) {
        try {
            return new TextReportReader().read("test.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (ReportReadException e) {
            throw new AssertionError(e);
        }
    }

    static ReportFacts extract(String text) {
        return new FactExtractor().extract(document(text));
    }

    /** The facts of one table, as "row/column=value" strings in reading order. */
    static List<String> cells(ReportFacts facts, ReportTable table) {
        return facts.facts().stream().filter(f -> f.table() == table)
                .map(f -> f.row() + "/" + f.column() + "=" + (f.value() == null ? "blank" : f.value().toPlainString()))
                .toList();
    }
}
