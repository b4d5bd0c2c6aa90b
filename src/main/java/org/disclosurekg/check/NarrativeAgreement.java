package org.disclosurekg.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurekg.extract.Balance;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.extract.NarrativeEvidence;
import org.disclosurekg.extract.FactKey;
import org.disclosurekg.extract.ReportTable;

/**
 * Narrative totals against the table they summarise: applications received against 一 (or 一 + 二, both
 * readings being common), applications granted in full or in part against （一） + （二）.
 */
final class NarrativeAgreement {
    private NarrativeAgreement() {
    }

    static List<Finding> check(List<Fact> facts) {
        List<Finding> out = new ArrayList<>();
        narrative(facts, "applications.received").ifPresent(stated -> {
            Optional<BigDecimal> received = cell(facts, "newReceived");
            Optional<BigDecimal> carried = cell(facts, "carriedOver");
            received.ifPresent(r -> {
                BigDecimal both = carried.map(r::add).orElse(r);
                BigDecimal table = stated.compareTo(both) == 0 ? both : r;
                List<String> rows = table == r ? List.of("newReceived") : List.of("newReceived", "carriedOver");
                out.add(finding("applications.received", stated, table, rows));
            });
        });
        narrative(facts, "applications.grantedOrPartial").ifPresent(stated -> {
            Optional<BigDecimal> granted = cell(facts, "granted");
            Optional<BigDecimal> partial = cell(facts, "partial");
            if (granted.isPresent() && partial.isPresent()) {
                out.add(finding("applications.grantedOrPartial", stated, granted.get().add(partial.get()),
                        List.of("granted", "partial")));
            }
        });
        legacy(facts, out);
        return out;
    }

    /** A pre-2019 statistics table's this-year figure against the narrative's words for the same indicator. */
    private static void legacy(List<Fact> facts, List<Finding> out) {
        for (Fact f : facts) {
            if (f.table() != ReportTable.LEGACY || !f.column().equals("thisYear") || f.value() == null) {
                continue;
            }
            NarrativeEvidence.keyFor(f.row()).flatMap(key -> narrative(facts, key).map(stated -> {
                Balance b = new Balance("narrativeAgreement", key, List.of(new Balance.Cell(key, "")),
                        List.of(new Balance.Cell(f.row(), "thisYear")), stated, f.value());
                return new Finding(Finding.Rule.narrativeAgreement, ReportTable.NARRATIVE, "", key, b.holds(), stated,
                        f.value(), List.of(new FactKey(ReportTable.NARRATIVE, "", key, ""), f.key()),
                        Messages.of(Finding.Rule.narrativeAgreement, ReportTable.NARRATIVE, "", b)
                                .replace("the table", "the statistics table's " + f.row()));
            })).ifPresent(out::add);
        }
    }

    private static Finding finding(String key, BigDecimal stated, BigDecimal table, List<String> rows) {
        List<Balance.Cell> parts = rows.stream().map(r -> new Balance.Cell(r, "total")).toList();
        Balance b = new Balance("narrativeAgreement", key, List.of(new Balance.Cell(key, "")), parts, stated, table);
        List<FactKey> terms = new ArrayList<>();
        terms.add(new FactKey(ReportTable.NARRATIVE, "", key, ""));
        rows.forEach(r -> terms.add(new FactKey(ReportTable.T3, "", r, "total")));
        return new Finding(Finding.Rule.narrativeAgreement, ReportTable.NARRATIVE, "", key, b.holds(), stated, table,
                terms, Messages.of(Finding.Rule.narrativeAgreement, ReportTable.NARRATIVE, "", b));
    }

    private static Optional<BigDecimal> narrative(List<Fact> facts, String key) {
        return facts.stream().filter(f -> f.table() == ReportTable.NARRATIVE && f.scope().isEmpty()
                && f.row().equals(key) && f.value() != null && !f.approximate()).map(Fact::value).findFirst();
    }

    private static Optional<BigDecimal> cell(List<Fact> facts, String row) {
        return facts.stream().filter(f -> f.table() == ReportTable.T3 && f.scope().isEmpty() && f.row().equals(row)
                && f.column().equals("total") && f.value() != null).map(Fact::value).findFirst();
    }
}
