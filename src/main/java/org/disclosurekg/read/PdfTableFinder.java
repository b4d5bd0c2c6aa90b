package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurekg.document.SourceRef;

/**
 * Finds the ruled tables of a page: groups of crossing horizontal and vertical lines. The lines give the
 * grid; a missing border between two grid positions merges them into one drawn cell, whose text is the
 * glyphs inside it and whose other positions become spanned copies.
 */
final class PdfTableFinder {
    private final List<PdfRuling> rulings;
    private final List<PdfGlyph> glyphs;
    private final int page;
    private final PdfLineNumbers lines;

    /** A table found on the page and the glyphs it holds. */
    record Found(PdfGrid grid, List<PdfGlyph> glyphs) {
    }

    PdfTableFinder(List<PdfRuling> rulings, List<PdfGlyph> glyphs, int page, PdfLineNumbers lines) {
        this.rulings = PdfRulings.merge(rulings);
        this.glyphs = glyphs;
        this.page = page;
        this.lines = lines;
    }

    /** The ruled tables of the page, top to bottom. */
    List<Found> find() {
        List<Found> found = new ArrayList<>();
        for (List<PdfRuling> group : PdfRulings.connected(rulings)) {
            Found table = table(group);
            if (table != null) {
                found.add(table);
            }
        }
        found.sort(Comparator.comparingDouble(f -> f.grid().top()));
        return found;
    }

    private Found table(List<PdfRuling> group) {
        List<Double> xs = PdfRulings.boundaries(group, false);
        List<Double> ys = PdfRulings.boundaries(group, true);
        int rows = ys.size() - 1;
        int cols = xs.size() - 1;
        if (rows < 1 || cols < 1 || rows * cols < 2) {
            return null;
        }
        int[][] region = regions(group, xs, ys);
        Map<Integer, List<PdfGlyph>> inRegion = new HashMap<>();
        Map<Integer, List<PdfGlyph>> inRow = new TreeMap<>();
        List<PdfGlyph> inside = new ArrayList<>();
        for (PdfGlyph g : glyphs) {
            int c = index(xs, g.centerX());
            int r = index(ys, g.centerY());
            if (c >= 0 && r >= 0) {
                inside.add(g);
                inRegion.computeIfAbsent(region[r][c], k -> new ArrayList<>()).add(g);
                inRow.computeIfAbsent(r, k -> new ArrayList<>()).add(g);
            }
        }
        return new Found(grid(region, inRegion, inRow, xs, ys), inside);
    }

    private PdfGrid grid(int[][] region, Map<Integer, List<PdfGlyph>> inRegion, Map<Integer, List<PdfGlyph>> inRow,
            List<Double> xs, List<Double> ys) {
        Map<Integer, String> texts = new HashMap<>();
        inRegion.forEach((id, gs) -> texts.put(id, PdfLines.cellText(gs)));
        List<List<PdfGrid.Slot>> slots = new ArrayList<>();
        List<SourceRef> sources = new ArrayList<>();
        boolean[] seen = new boolean[region.length * region[0].length];
        for (int r = 0; r < region.length; r++) {
            List<PdfGrid.Slot> row = new ArrayList<>();
            for (int c = 0; c < region[r].length; c++) {
                int id = region[r][c];
                row.add(new PdfGrid.Slot(texts.getOrDefault(id, ""), seen[id], id));
                seen[id] = true;
            }
            slots.add(row);
            double baseline = inRow.containsKey(r)
                    ? inRow.get(r).stream().mapToDouble(PdfGlyph::y).min().orElse(ys.get(r)) : ys.get(r);
            sources.add(new SourceRef(lines.at(baseline), page));
        }
        return new PdfGrid(xs, slots, sources, ys.get(0), page);
    }

    /** Joins grid positions not separated by a drawn border; each position gets the id of its drawn cell. */
    private static int[][] regions(List<PdfRuling> group, List<Double> xs, List<Double> ys) {
        int rows = ys.size() - 1;
        int cols = xs.size() - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            double midY = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c < cols; c++) {
                double midX = (xs.get(c) + xs.get(c + 1)) / 2;
                if (c + 1 < cols && !PdfRulings.drawn(group, false, xs.get(c + 1), midY)) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !PdfRulings.drawn(group, true, ys.get(r + 1), midX)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        return numbered(parent, rows, cols);
    }

    /** Region ids in reading order of their first position, so the first position of each is its origin. */
    private static int[][] numbered(int[] parent, int rows, int cols) {
        int[][] region = new int[rows][cols];
        Map<Integer, Integer> ids = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                region[r][c] = ids.computeIfAbsent(root, k -> ids.size());
            }
        }
        return region;
    }

    private static int index(List<Double> bounds, double v) {
        if (v < bounds.get(0) || v > bounds.get(bounds.size() - 1)) {
            return -1;
        }
        for (int i = 0; i < bounds.size() - 1; i++) {
            if (v <= bounds.get(i + 1)) {
                return i;
            }
        }
        return bounds.size() - 2;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static int find(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }
}
