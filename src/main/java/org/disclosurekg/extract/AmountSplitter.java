package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits table 二 cells whose boundaries were lost ({@code 2648-18538}, {@code 39573802895.90元}) into the
 * block's columns. A sign can only start the 本年增/减 cell, decimals and a unit only end an amount, so
 * some cells are certain even when the others are not; each column is taken only when every fitting
 * reading agrees on it.
 */
final class AmountSplitter {
    private AmountSplitter() {
    }

    /** What each column may hold. */
    record Column(boolean signed, boolean amount) {
    }

    /** A printed number taken apart: sign, integer digits, and what follows (decimals and unit). */
    private record Piece(String sign, String digits, String tail) {
        static Piece of(AmountCells.Amount cell) {
            String text = cell.text().replaceAll("\\s+", "");
            String sign = text.startsWith("-") || text.startsWith("+") ? text.substring(0, 1) : "";
            String rest = text.substring(sign.length());
            int end = 0;
            while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
                end++;
            }
            return new Piece(sign, rest.substring(0, end), rest.substring(end));
        }
    }

    /**
     * The cells per column, {@code null} where the readings disagree; or {@code null} when no reading fits
     * (or a compound cell would have to be split).
     */
    static List<AmountCells.Amount> split(List<AmountCells.Amount> cells, List<Column> columns) {
        if (cells.size() > columns.size() || cells.stream().anyMatch(AmountCells.Amount::compound)) {
            return null;
        }
        List<Piece> pieces = cells.stream().map(Piece::of).toList();
        if (pieces.stream().anyMatch(p -> p.digits().isEmpty())) {
            return null;
        }
        List<List<AmountCells.Amount>> readings = new ArrayList<>();
        for (List<Long> split : DigitRuns.splits(pieces.stream().map(Piece::digits).toList(), columns.size(), p -> true)) {
            List<AmountCells.Amount> reading = rebuild(split, pieces, cells);
            if (reading != null && allowed(reading, columns)) {
                readings.add(reading);
            }
        }
        if (readings.isEmpty()) {
            return null;
        }
        List<AmountCells.Amount> agreed = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int col = c;
            AmountCells.Amount first = readings.get(0).get(c);
            boolean same = readings.stream().allMatch(r -> r.get(col).value().compareTo(first.value()) == 0
                    && r.get(col).unit().equals(first.unit()));
            agreed.add(same ? first : null);
        }
        return agreed.stream().allMatch(Objects::isNull) ? null : agreed;
    }

    /** The split digits as cells: a token's first part keeps its sign, its last part its decimals and unit. */
    private static List<AmountCells.Amount> rebuild(List<Long> split, List<Piece> pieces, List<AmountCells.Amount> cells) {
        List<AmountCells.Amount> out = new ArrayList<>();
        int part = 0;
        for (int t = 0; t < pieces.size(); t++) {
            Piece piece = pieces.get(t);
            StringBuilder consumed = new StringBuilder();
            boolean first = true;
            while (consumed.length() < piece.digits().length()) {
                String digits = Long.toString(split.get(part++));
                consumed.append(digits);
                boolean last = consumed.length() == piece.digits().length();
                String text = (first ? piece.sign() : "") + digits + (last ? piece.tail() : "");
                List<AmountCells.Amount> read = AmountCells.read(text);
                if (read.size() != 1) {
                    return null;
                }
                AmountCells.Amount a = read.get(0);
                out.add(new AmountCells.Amount(a.value(), a.unit(), a.signed(), false, text, cells.get(t).start()));
                first = false;
            }
        }
        return out;
    }

    private static boolean allowed(List<AmountCells.Amount> reading, List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            AmountCells.Amount a = reading.get(c);
            Column col = columns.get(c);
            boolean fraction = a.value().stripTrailingZeros().scale() > 0 || a.text().contains(".");
            if ((a.signed() && !col.signed()) || ((fraction || !a.unit().isEmpty()) && !col.amount())) {
                return false;
            }
            if (!col.signed() && a.value().signum() < 0) {
                return false;
            }
        }
        return true;
    }
}
