package org.disclosurekg.check;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurekg.extract.FactKey;
import org.disclosurekg.extract.ReportTable;

/**
 * The outcome of one accounting identity on one report.
 *
 * @param rule the identity's key (see {@link Rule})
 * @param table the table the identity is about
 * @param scope the sub-scope, empty for the whole report
 * @param subject the column or row key the identity is about, e.g. {@code natural} or {@code granted}
 * @param holds true when the stated total equals the computed one
 * @param stated the total as printed
 * @param computed the sum of the parts
 * @param terms the facts involved: first the stated total, then the parts
 * @param message the check in words, with the numbers, e.g. "result rows sum to 26, 总计 says 20"
 */
public record Finding(Rule rule, ReportTable table, String scope, String subject, boolean holds,
        BigDecimal stated, BigDecimal computed, List<FactKey> terms, String message) {
    public Finding {
        terms = List.copyOf(terms);
    }

    /** The identities checked. */
    public enum Rule {
        /** Table 三, per column: 一 (new) + 二 (carried over) = (七) total + 四 (carried forward). */
        columnBalance,
        /** Table 三, per row: the six applicant columns add up to 总计. */
        rowSum,
        /** Table 三, per column: the result rows add up to (七) 总计. */
        outcomeSum,
        /** Table 四, per group: upheld + corrected + other + pending = total. */
        proceedingSum,
        /** A total stated in the text agrees with the table's. */
        narrativeAgreement
    }
}
