package org.disclosurekg.check;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.disclosurekg.extract.Balance;
import org.disclosurekg.extract.ReportTable;

/** The words of a finding: which identity, on what, with the numbers. */
final class Messages {
    private Messages() {
    }

    static String of(Finding.Rule rule, ReportTable table, String scope, Balance b) {
        String where = "table " + name(table) + (scope.isEmpty() ? "" : " (" + scope + ")");
        String what = switch (rule) {
            case columnBalance -> "column " + b.subject() + ": " + sum(b.totalTerms()) + " = " + plain(b.stated())
                    + ", " + sum(b.partTerms()) + " = " + plain(b.computed());
            case rowSum -> "row " + b.subject() + ": the applicant columns sum to " + plain(b.computed())
                    + ", 总计 says " + plain(b.stated());
            case outcomeSum -> "column " + b.subject() + ": the result rows sum to " + plain(b.computed())
                    + ", (七)总计 says " + plain(b.stated());
            case proceedingSum -> "row " + b.subject() + ": 维持 + 纠正 + 其他 + 尚未审结 = " + plain(b.computed())
                    + ", 总计 says " + plain(b.stated());
            case narrativeAgreement -> b.subject() + ": the text says " + plain(b.stated()) + ", the table "
                    + plain(b.computed());
        };
        return where + ", " + what + (b.holds() ? " (holds)" : " (does not add up)");
    }

    private static String name(ReportTable table) {
        return switch (table) {
            case T2 -> "二";
            case T3 -> "三";
            case T4 -> "四";
            case LEGACY -> "统计表";
            case NARRATIVE -> "narrative";
        };
    }

    private static String sum(java.util.List<Balance.Cell> cells) {
        return cells.size() > 4 ? cells.size() + " rows"
                : cells.stream().map(Balance.Cell::row).collect(Collectors.joining(" + "));
    }

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
