package org.disclosurekg.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurekg.extract.Balance;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.extract.FactKey;
import org.disclosurekg.extract.ReportFacts;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.extract.TableIdentities;

/**
 * Runs the template's accounting identities over a report's facts, per table and scope, and the
 * agreement of narrative totals with the table. Every identity that can be evaluated is reported.
 */
public final class AccountingChecker {
    private static final List<String> T3_COLUMNS =
            List.of("natural", "commercial", "research", "social", "legal", "other", "total");

    /** Every identity that applies to the facts, passed or failed, in a stable order. */
    public List<Finding> check(ReportFacts report) {
        List<Finding> findings = new ArrayList<>();
        for (String scope : scopes(report.facts())) {
            findings.addAll(table3(report.facts(), scope));
            findings.addAll(table4(report.facts(), scope));
        }
        findings.addAll(NarrativeAgreement.check(report.facts()));
        return findings;
    }

    private static List<String> scopes(List<Fact> facts) {
        return facts.stream().map(Fact::scope).distinct().sorted().toList();
    }

    private static List<Finding> table3(List<Fact> facts, String scope) {
        Map<String, List<BigDecimal>> rows = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.table() == ReportTable.T3 && f.scope().equals(scope) && T3_COLUMNS.contains(f.column())) {
                List<BigDecimal> cells = rows.computeIfAbsent(f.row(), k -> new ArrayList<>(nulls(T3_COLUMNS.size())));
                cells.set(T3_COLUMNS.indexOf(f.column()), f.value());
            }
        }
        return TableIdentities.table3(rows).stream().map(b -> finding(b, ReportTable.T3, scope)).toList();
    }

    private static List<Finding> table4(List<Fact> facts, String scope) {
        Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.table() == ReportTable.T4 && f.scope().equals(scope)) {
                rows.computeIfAbsent(f.row(), k -> new LinkedHashMap<>()).put(f.column(), f.value());
            }
        }
        return TableIdentities.table4(rows).stream().map(b -> finding(b, ReportTable.T4, scope)).toList();
    }

    private static Finding finding(Balance b, ReportTable table, String scope) {
        List<FactKey> terms = new ArrayList<>();
        b.totalTerms().forEach(c -> terms.add(new FactKey(table, scope, c.row(), c.column())));
        b.partTerms().forEach(c -> terms.add(new FactKey(table, scope, c.row(), c.column())));
        Finding.Rule rule = Finding.Rule.valueOf(b.rule());
        return new Finding(rule, table, scope, b.subject(), b.holds(), b.stated(), b.computed(), terms,
                Messages.of(rule, table, scope, b));
    }

    private static List<BigDecimal> nulls(int n) {
        List<BigDecimal> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(null);
        }
        return out;
    }
}
