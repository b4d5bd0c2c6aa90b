package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Geometry of drawn lines: merging pieces, finding the groups that form tables, and their grids. */
final class PdfRulings {
    /** Shorter lines are underlines, ticks or dust, not table borders. */
    private static final double MIN_LENGTH = 4.0;
    /** Grid boundaries closer than this are one boundary (double borders). */
    private static final double MIN_BAND = 3.0;

    private PdfRulings() {
    }

    /** Joins collinear pieces that touch or overlap, as borders drawn cell by cell are. */
    static List<PdfRuling> merge(List<PdfRuling> rulings) {
        List<PdfRuling> out = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            List<PdfRuling> same = new ArrayList<>(rulings.stream().filter(r -> r.horizontal() == horizontal).toList());
            same.sort(Comparator.comparingDouble(PdfRuling::pos).thenComparingDouble(PdfRuling::from));
            List<PdfRuling> merged = new ArrayList<>();
            for (PdfRuling r : same) {
                PdfRuling joined = null;
                for (int i = merged.size() - 1; i >= 0 && joined == null; i--) {
                    PdfRuling m = merged.get(i);
                    if (Math.abs(m.pos() - r.pos()) <= 1.0 && r.from() <= m.to() + PdfRuling.TOLERANCE
                            && r.to() >= m.from() - PdfRuling.TOLERANCE) {
                        joined = new PdfRuling(horizontal, m.pos(), Math.min(m.from(), r.from()),
                                Math.max(m.to(), r.to()));
                        merged.set(i, joined);
                    }
                }
                if (joined == null) {
                    merged.add(r);
                }
            }
            merged.stream().filter(r -> r.to() - r.from() >= MIN_LENGTH).forEach(out::add);
        }
        return out;
    }

    /** Groups of lines that cross each other and have at least two lines each way: table candidates. */
    static List<List<PdfRuling>> connected(List<PdfRuling> rulings) {
        int[] parent = new int[rulings.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < rulings.size(); i++) {
            for (int j = i + 1; j < rulings.size(); j++) {
                PdfRuling a = rulings.get(i);
                PdfRuling b = rulings.get(j);
                if (a.horizontal() != b.horizontal() && a.meets(b)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<PdfRuling>> groups = new HashMap<>();
        for (int i = 0; i < rulings.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(rulings.get(i));
        }
        List<List<PdfRuling>> tables = new ArrayList<>();
        for (List<PdfRuling> g : groups.values()) {
            long h = g.stream().filter(PdfRuling::horizontal).count();
            if (h >= 2 && g.size() - h >= 2) {
                tables.add(g);
            }
        }
        return tables;
    }

    /**
     * The grid boundaries across one axis: x positions of the vertical lines ({@code horizontal == false})
     * or y positions of the horizontal ones, plus the group's outer extent where no line was drawn.
     */
    static List<Double> boundaries(List<PdfRuling> group, boolean horizontal) {
        List<Double> values = new ArrayList<>();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (PdfRuling r : group) {
            if (r.horizontal() == horizontal) {
                values.add(r.pos());
            } else {
                lo = Math.min(lo, r.from());
                hi = Math.max(hi, r.to());
            }
        }
        values.add(lo);
        values.add(hi);
        values.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > MIN_BAND) {
                out.add(v);
            }
        }
        return out;
    }

    /** True when a line of the group lies at {@code at} and covers {@code along}. */
    static boolean drawn(List<PdfRuling> group, boolean horizontal, double at, double along) {
        for (PdfRuling r : group) {
            if (r.horizontal() == horizontal && r.covers(at, along)) {
                return true;
            }
        }
        return false;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
