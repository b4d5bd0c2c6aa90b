package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The ways the value tokens of one table row can be read as exactly {@code width} cells: as stated when
 * the count is right; otherwise dropping a spurious extra cell, or splitting run-together digits, keeping
 * only readings that satisfy the row's own identity. A blank cell of a real grid reads as {@code null}.
 */
final class RowCandidates {
    private static final int MAX_EXTRA_CELLS = 2;

    private RowCandidates() {
    }

    /**
     * The readings of a row; empty when it holds no numbers or none can be made to fit.
     *
     * @param rowRule the row's identity, called with complete rows and with prefixes of split digits (it
     *     must accept a prefix that can still become a valid row)
     */
    static List<List<BigDecimal>> of(List<Token> tokens, int width, Predicate<List<Long>> rowRule) {
        List<Token> values = tokens.stream().filter(Token::isValue).toList();
        List<String> numbers = tokens.stream().filter(Token::isNumber).map(Token::text).toList();
        if (numbers.isEmpty()) {
            return List.of();
        }
        if (numbers.size() == width) {
            return List.of(decimals(numbers));
        }
        if (values.size() == width) {
            return List.of(values.stream().map(t -> t.isNumber() ? new BigDecimal(t.text()) : null).toList());
        }
        if (numbers.size() > width && numbers.size() <= width + MAX_EXTRA_CELLS) {
            return withoutExtras(numbers, width, rowRule);
        }
        if (numbers.size() < width) {
            List<List<Long>> splits = DigitRuns.splits(numbers, width, rowRule);
            return splits.size() > DigitRuns.MAX_SPLITS ? List.of()
                    : splits.stream().map(RowCandidates::fromLongs).toList();
        }
        return List.of();
    }

    /** Readings that drop spurious cells (a text rendering that added a column), distinct, rule-abiding. */
    private static List<List<BigDecimal>> withoutExtras(List<String> numbers, int width, Predicate<List<Long>> rule) {
        Set<List<Long>> out = new LinkedHashSet<>();
        drop(numbers.stream().map(Long::parseLong).toList(), numbers.size() - width, 0, rule, out);
        return out.stream().map(RowCandidates::fromLongs).toList();
    }

    private static void drop(List<Long> cells, int extra, int from, Predicate<List<Long>> rule, Set<List<Long>> out) {
        if (extra == 0) {
            if (rule.test(cells)) {
                out.add(cells);
            }
            return;
        }
        for (int i = from; i < cells.size(); i++) {
            List<Long> fewer = new ArrayList<>(cells);
            fewer.remove(i);
            drop(fewer, extra - 1, i, rule, out);
        }
    }

    private static List<BigDecimal> decimals(List<String> numbers) {
        return numbers.stream().map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> fromLongs(List<Long> cells) {
        return cells.stream().map(BigDecimal::valueOf).toList();
    }
}
