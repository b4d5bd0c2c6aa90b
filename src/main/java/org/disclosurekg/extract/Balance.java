package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * One accounting identity evaluated on a table: the side the report states as a total against the sum
 * of the parts it should equal.
 *
 * @param rule the identity's key: {@code columnBalance}, {@code rowSum}, {@code outcomeSum}, {@code proceedingSum}
 * @param subject the column key (or, for {@code rowSum}, the row key) the identity is about
 * @param totalTerms the cells on the stated side, as row/column pairs
 * @param partTerms the cells on the summed side
 * @param stated the sum of the stated side
 * @param computed the sum of the parts
 */
public record Balance(String rule, String subject, List<Cell> totalTerms, List<Cell> partTerms,
        BigDecimal stated, BigDecimal computed) {

    /** A cell of a table, by row and column key. */
    public record Cell(String row, String column) {
    }

    public boolean holds() {
        return stated.compareTo(computed) == 0;
    }

    /** True when any of the cells is in one of the rows. */
    public boolean involvesRow(Collection<String> rows) {
        return totalTerms.stream().anyMatch(c -> rows.contains(c.row()))
                || partTerms.stream().anyMatch(c -> rows.contains(c.row()));
    }
}
