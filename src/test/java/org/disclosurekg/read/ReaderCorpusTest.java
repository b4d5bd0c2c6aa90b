package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.disclosurekg.document.Cell;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every HTML and PDF report of the development corpus and compares the grids with the
 * hand-verified numbers in {@code corpus/expected}: rows in template order, one cell per number, blank
 * where the source is blank.
 */
class ReaderCorpusTest {
    private static final Path REPORTS = Path.of("src/test/resources/corpus/reports");
    private static final int LABEL_COLUMNS = 3;
    private static final List<String> CHROME = List.of("分享到", "当前位置", "打印本页", "关闭窗口", "QQ空间");
    private static final List<String> CHROME_PARAGRAPHS = List.of("全真版", "文字版", "文件下载", "微信", "微博");

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".pdf")).sorted()
                    .toList().stream();
        }
    }

    private static ReportDocument read(Path file) throws IOException, ReportReadException {
        byte[] bytes = Files.readAllBytes(file);
        ReportFormat format = ReportFormat.detect(file, bytes);
        return format.reader().read(file.getFileName().toString(), bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void opensWithTheTitleAndHasNoPageChrome(Path file) throws Exception {
        ReportDocument doc = read(file);
        List<Paragraph> paragraphs = HtmlReportReaderTest.paragraphs(doc);
        String opening = String.join("", paragraphs.subList(0, Math.min(2, paragraphs.size())).stream()
                .map(Paragraph::text).toList()).replace(" ", "");
        assertTrue(opening.contains("政府信息公开") && opening.contains("年度报告"), opening);
        for (Paragraph p : paragraphs) {
            CHROME.forEach(word -> assertFalse(p.text().contains(word), p.text()));
            assertFalse(CHROME_PARAGRAPHS.contains(p.text()), p.text());
        }
        assertTrue(HtmlReportReaderTest.tables(doc).stream().allMatch(Table::grid));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void tableThreeHasOneCellPerNumberInTemplateOrder(Path file) throws Exception {
        Optional<ExpectedNumbers> expected = ExpectedNumbers.forReport(file);
        Map<String, List<String>> rows = expected.map(e -> e.table("table3")).orElse(Map.of());
        assumeTrue(!rows.isEmpty(), "no table 三 numbers for " + file);
        List<Row> grid = rowsFrom(read(file), "一、本年新收");
        assertTrue(grid.size() >= rows.size(), "table 三 has " + grid.size() + " data rows");
        int i = 0;
        for (Map.Entry<String, List<String>> row : rows.entrySet()) {
            assertEquals(row.getValue(), values(grid.get(i++), LABEL_COLUMNS), row.getKey());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void tableFourHasItsFifteenNumbersInOrder(Path file) throws Exception {
        Map<String, List<String>> rows = ExpectedNumbers.forReport(file).map(e -> e.table("table4")).orElse(Map.of());
        assumeTrue(!rows.isEmpty(), "no table 四 numbers for " + file);
        List<String> wanted = new ArrayList<>();
        rows.values().forEach(wanted::addAll);
        Table table = tableWith(read(file), "行政复议").orElseThrow();
        Row last = table.rows().get(table.rows().size() - 1);
        assertEquals(wanted, values(last, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void legacyStatisticsRowsHaveUnitAndTwoValues(Path file) throws Exception {
        Map<String, List<String>> rows = ExpectedNumbers.forReport(file).map(ExpectedNumbers::legacy).orElse(Map.of());
        assumeTrue(!rows.isEmpty(), "no statistics table for " + file);
        Table table = tableWith(read(file), "指标名称").orElseThrow();
        for (Map.Entry<String, List<String>> row : rows.entrySet()) {
            String label = TextNormalizer.nfkc(row.getKey());
            Row found = table.rows().stream().filter(r -> r.texts().get(0).equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + label));
            assertEquals(row.getValue(), values(found, 1), label);
        }
    }

    @Test
    void huaianPdfGivesTheNewApplicationsRowAsSeparateCellsWithAndWithoutItsRulings() throws Exception {
        Path pdf = REPORTS.resolve("2024_淮安市.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        List<String> wanted = List.of("3001", "53", "0", "0", "61", "4", "3119");
        Row row = rowsFrom(new PdfReportReader().read(pdf.getFileName().toString(), bytes), "一、本年新收").get(0);
        assertEquals("一、本年新收政府信息公开申请数量", row.texts().get(0));
        assertEquals(wanted, values(row, LABEL_COLUMNS));

        ReportDocument unruled = new PdfReportReader(false).read(pdf.getFileName().toString(), bytes);
        String line = unruled.blocks().stream().flatMap(b -> b instanceof Table t
                ? t.rows().stream().map(r -> String.join(" ", r.texts()).strip())
                : Stream.of(((Paragraph) b).text())).filter(t -> t.startsWith("一、本年新收")).findFirst().orElseThrow();
        assertEquals(wanted, List.of(line.replaceFirst("^\\S+\\s+", "").split("\\s+")));
    }

    /** The rows of the table holding a row that starts with the label, from that row on. */
    private static List<Row> rowsFrom(ReportDocument doc, String label) {
        for (Table t : HtmlReportReaderTest.tables(doc)) {
            for (int i = 0; i < t.rows().size(); i++) {
                if (t.rows().get(i).texts().get(0).startsWith(label)) {
                    return t.rows().subList(i, t.rows().size());
                }
            }
        }
        throw new AssertionError("no table row starts with " + label);
    }

    private static Optional<Table> tableWith(ReportDocument doc, String text) {
        return HtmlReportReaderTest.tables(doc).stream()
                .filter(t -> t.rows().stream().anyMatch(r -> r.texts().contains(text))).findFirst();
    }

    /** The texts of the cells that are not spanned copies, from a column on; blank cells as null. */
    private static List<String> values(Row row, int from) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row.cells().subList(from, row.cells().size())) {
            if (!cell.spanned()) {
                values.add(cell.isBlank() ? null : cell.text());
            }
        }
        return values;
    }
}
