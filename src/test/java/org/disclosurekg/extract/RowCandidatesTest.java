package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RowCandidatesTest {
    private static final Predicate<List<Long>> ADDS_UP = cells -> cells.size() < 7
            || cells.subList(0, 6).stream().mapToLong(Long::longValue).sum() == cells.get(6);

    private static List<Token> tokens(String... parts) {
        List<Token> out = new ArrayList<>();
        for (String p : parts) {
            out.add(p.equals("_") ? new Token(Token.Kind.BLANK, "", 0, 0)
                    : p.matches("\\d+") ? new Token(Token.Kind.NUMBER, p, 0, 0) : new Token(Token.Kind.TEXT, p, 0, 0));
        }
        return out;
    }

    private static List<BigDecimal> row(Integer... cells) {
        return Arrays.stream(cells).map(v -> v == null ? null : BigDecimal.valueOf(v)).toList();
    }

    @Test
    void takesSevenNumbersAsStatedEvenWhenTheyDoNotAddUp() {
        assertEquals(List.of(row(1, 2, 3, 4, 5, 6, 99)),
                RowCandidates.of(tokens("1", "2", "3", "4", "5", "6", "99"), 7, ADDS_UP));
    }

    @Test
    void dropsASpuriousExtraColumnWhenOnlyOneReadingAddsUp() {
        assertEquals(List.of(row(16, 0, 0, 0, 0, 0, 16)),
                RowCandidates.of(tokens("16", "0", "0", "0", "0", "0", "0", "16"), 7, ADDS_UP));
    }

    @Test
    void readsBlankGridCellsAsMissing() {
        assertEquals(List.of(row(258, 12, 0, null, 1, 1, null)),
                RowCandidates.of(tokens("258", "12", "0", "_", "1", "1", "_"), 7, ADDS_UP));
    }

    @Test
    void ignoresWordsBetweenTheNumbers() {
        assertEquals(List.of(row(447, 7, 0, 0, 0, 0, 454)),
                RowCandidates.of(tokens("447", "7", "0", "0", "0", "0", "454", "形,不计其他情形)"), 7, ADDS_UP));
    }

    @Test
    void aRowWithoutNumbersHasNoReading() {
        assertEquals(List.of(), RowCandidates.of(tokens("_", "_", "_"), 7, ADDS_UP));
    }

    @Test
    void tooFewDigitsHaveNoReading() {
        assertEquals(List.of(), RowCandidates.of(tokens("1", "2", "3"), 7, ADDS_UP));
    }
}
