package org.disclosurekg.map;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.extract.ReportFacts;

/**
 * Writes the tidy CSV export: one row per stated number, with exactly the columns of the design
 * ({@code source,division,year,scope,table,row,column,value,approximate,unit}). Blank cells are not rows.
 */
public final class TidyCsvWriter {
    public static final List<String> COLUMNS =
            List.of("source", "division", "year", "scope", "table", "row", "column", "value", "approximate", "unit");

    private final Writer out;

    public TidyCsvWriter(Writer out) throws IOException {
        this.out = out;
        line(COLUMNS);
    }

    /** Writes the rows of one report. */
    public void write(ReportFacts report) throws IOException {
        String division = report.identity().divisionCode() == null ? "" : report.identity().divisionCode();
        String year = report.identity().year() == null ? "" : report.identity().year().toString();
        for (Fact fact : report.facts()) {
            if (fact.value() == null) {
                continue;
            }
            line(List.of(report.sourceName(), division, year, fact.scope(), fact.table().key(), fact.row(),
                    fact.column(), plain(fact.value()), Boolean.toString(fact.approximate()), fact.unit()));
        }
        out.flush();
    }

    static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write('\n');
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
