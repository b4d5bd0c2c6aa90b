package org.disclosurekg.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurekg.document.SourceRef;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.extract.FactKey;
import org.disclosurekg.extract.ReportFacts;
import org.disclosurekg.extract.ReportIdentity;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.extract.Template;
import org.junit.jupiter.api.Test;

class AccountingCheckerTest {
    private static final List<String> COLUMNS = List.of("natural", "commercial", "research", "social", "legal", "other", "total");

    private static void row(List<Fact> facts, ReportTable table, String scope, String row, List<String> columns,
            long... values) {
        for (int i = 0; i < values.length; i++) {
            facts.add(new Fact(new FactKey(table, scope, row, columns.get(i)), BigDecimal.valueOf(values[i]), false, "",
                    "", row, "", SourceRef.line(1), ""));
        }
    }

    private static ReportFacts report(List<Fact> facts) {
        ReportIdentity id = new ReportIdentity("", "", true, "420105", "", 2020, Template.V2019, "");
        return new ReportFacts("t.txt", "text/plain", "0".repeat(64), "UTF-8", false, id, facts, List.of());
    }

    @Test
    void aTableThatAddsUpPassesEveryCheck() {
        List<Fact> facts = new ArrayList<>();
        row(facts, ReportTable.T3, "", "newReceived", COLUMNS, 5, 1, 0, 0, 0, 0, 6);
        row(facts, ReportTable.T3, "", "carriedOver", COLUMNS, 1, 0, 0, 0, 0, 0, 1);
        row(facts, ReportTable.T3, "", "total", COLUMNS, 4, 1, 0, 0, 0, 0, 5);
        row(facts, ReportTable.T3, "", "carriedForward", COLUMNS, 2, 0, 0, 0, 0, 0, 2);
        row(facts, ReportTable.T4, "", "reconsideration", List.of("upheld", "corrected", "other", "pending", "total"),
                3, 1, 0, 0, 4);
        List<Finding> findings = new AccountingChecker().check(report(facts));
        assertEquals(7 + 4 + 1, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(Finding::holds), findings.toString());
    }

    /** 平潭 2020: the result rows sum to 26 against a printed 总计 of 20. */
    @Test
    void aTotalThatDisagreesWithItsPartsIsAFindingWithTheNumbers() {
        List<Fact> facts = new ArrayList<>();
        List<String> leaves = List.of("granted", "partial", "denied.stateSecret", "denied.lawForbidden",
                "denied.threeSafety", "denied.thirdParty", "denied.internal", "denied.process", "denied.enforcementFile",
                "denied.adminQuery", "unable.notHeld", "unable.needCreate", "unable.unclear", "notProcessed.petition",
                "notProcessed.repeated", "notProcessed.publication", "notProcessed.massRepeated", "notProcessed.confirm",
                "otherHandling");
        for (String leaf : leaves) {
            long v = leaf.equals("granted") ? 20 : leaf.equals("unable.notHeld") ? 6 : 0;
            row(facts, ReportTable.T3, "", leaf, COLUMNS, v, 0, 0, 0, 0, 0, v);
        }
        row(facts, ReportTable.T3, "", "total", COLUMNS, 20, 0, 0, 0, 0, 0, 20);
        List<Finding> failed = new AccountingChecker().check(report(facts)).stream()
                .filter(f -> !f.holds()).toList();
        assertEquals(2, failed.size(), failed.toString());
        Finding f = failed.get(0);
        assertEquals(Finding.Rule.outcomeSum, f.rule());
        assertEquals(0, f.stated().compareTo(BigDecimal.valueOf(20)));
        assertEquals(0, f.computed().compareTo(BigDecimal.valueOf(26)));
        assertTrue(f.message().contains("26") && f.message().contains("20"), f.message());
        assertEquals(new FactKey(ReportTable.T3, "", "total", "natural"), f.terms().get(0));
    }

    @Test
    void perScopeTotalsBalanceWithoutATotalRow() {
        List<Fact> facts = new ArrayList<>();
        List<String> total = List.of("total");
        String scope = "区政府";
        row(facts, ReportTable.T3, scope, "newReceived", total, 66);
        row(facts, ReportTable.T3, scope, "carriedOver", total, 0);
        for (String[] r : new String[][] {{"granted", "10"}, {"partial", "7"}, {"denied", "3"}, {"unable", "20"},
                {"notProcessed", "3"}, {"otherHandling", "5"}, {"carriedForward", "18"}}) {
            row(facts, ReportTable.T3, scope, r[0], total, Long.parseLong(r[1]));
        }
        List<Finding> findings = new AccountingChecker().check(report(facts));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Finding.Rule.columnBalance, findings.get(0).rule());
        assertEquals(scope, findings.get(0).scope());
        assertTrue(findings.get(0).holds());
    }

    @Test
    void aStatisticsTableIsCheckedAgainstTheNarrative() {
        List<Fact> facts = new ArrayList<>();
        row(facts, ReportTable.LEGACY, "", "主动公开信息数", List.of("thisYear", "cumulative"), 739, 4359);
        facts.add(new Fact(new FactKey(ReportTable.NARRATIVE, "", "proactive.items", ""), BigDecimal.valueOf(1913),
                false, "", "条", "", "", SourceRef.line(2), "主动公开政府信息1913条"));
        List<Finding> findings = new AccountingChecker().check(report(facts));
        assertEquals(1, findings.size(), findings.toString());
        assertFalse(findings.get(0).holds());
        assertTrue(findings.get(0).message().contains("1913") && findings.get(0).message().contains("739"));
        assertEquals(new FactKey(ReportTable.LEGACY, "", "主动公开信息数", "thisYear"), findings.get(0).terms().get(1));
    }

    @Test
    void aNarrativeTotalIsCheckedAgainstTheTable() {
        List<Fact> facts = new ArrayList<>();
        row(facts, ReportTable.T3, "", "newReceived", COLUMNS, 219, 1, 0, 0, 0, 0, 220);
        facts.add(new Fact(new FactKey(ReportTable.NARRATIVE, "", "applications.received", ""), BigDecimal.valueOf(221),
                false, "", "件", "", "", SourceRef.line(2), "共接受依申请公开政府信息221件"));
        Finding f = new AccountingChecker().check(report(facts)).stream()
                .filter(x -> x.rule() == Finding.Rule.narrativeAgreement).findFirst().orElseThrow();
        assertFalse(f.holds());
        assertTrue(f.message().contains("221") && f.message().contains("220"), f.message());
    }
}
