package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.List;
import org.disclosurekg.document.SourceRef;

/**
 * Finds unruled tables among the lines of a page: consecutive lines split by column gaps into three or
 * more runs whose runs line up in the same columns. Each line becomes a row and each column a cell. A
 * block whose runs do not line up (two runs of one line falling in one column) is left as text lines.
 */
final class PdfAlignedTables {
    /** A line needs this many runs to count as a table row. */
    private static final int MIN_RUNS = 3;
    /** At most this many other lines (wrapped labels) may stand between two table rows. */
    private static final int MAX_GAP_LINES = 3;
    /** Rows further apart than this many font sizes are not one table. */
    private static final double MAX_ROW_GAP = 4.0;

    /** A table found among the lines, and the lines it took. */
    record Found(PdfGrid grid, List<PdfLine> lines) {
    }

    private record Run(double left, double right, List<PdfGlyph> glyphs) {
    }

    private PdfAlignedTables() {
    }

    /** The unruled tables among the page's lines (sorted top to bottom). */
    static List<Found> find(List<PdfLine> lines, int page, PdfLineNumbers numbers) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = blockEnd(lines, i);
            if (end > i) {
                Found table = table(lines.subList(i, end + 1), page, numbers);
                if (table != null) {
                    found.add(table);
                    i = end + 1;
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    /** The index of the last row of a block starting at a row line, or {@code start} when there is none. */
    private static int blockEnd(List<PdfLine> lines, int start) {
        if (!isRow(lines.get(start))) {
            return start;
        }
        int last = start;
        int rows = 1;
        for (int j = start + 1; j < lines.size() && j - last <= MAX_GAP_LINES + 1; j++) {
            PdfLine prev = lines.get(j - 1);
            if (lines.get(j).y() - prev.y() > MAX_ROW_GAP * prev.size()) {
                break;
            }
            if (isRow(lines.get(j))) {
                last = j;
                rows++;
            }
        }
        return rows >= 2 ? last : start;
    }

    private static Found table(List<PdfLine> block, int page, PdfLineNumbers numbers) {
        List<double[]> bands = bands(block);
        int widest = block.stream().mapToInt(l -> runs(l).size()).max().orElse(0);
        if (bands.size() < MIN_RUNS || bands.size() > widest) {
            return null;
        }
        List<List<PdfGrid.Slot>> rows = new ArrayList<>();
        List<SourceRef> sources = new ArrayList<>();
        int region = 0;
        for (PdfLine line : block) {
            String[] cells = new String[bands.size()];
            for (Run run : runs(line)) {
                int band = band(bands, run);
                if (isRow(line) && cells[band] != null) {
                    return null;
                }
                String text = PdfLines.render(run.glyphs(), true);
                cells[band] = cells[band] == null ? text : cells[band] + " " + text;
            }
            List<PdfGrid.Slot> row = new ArrayList<>();
            for (String cell : cells) {
                row.add(new PdfGrid.Slot(cell == null ? "" : cell, false, region++));
            }
            rows.add(row);
            sources.add(new SourceRef(numbers.at(line.y()), page));
        }
        List<Double> columns = new ArrayList<>();
        bands.forEach(b -> columns.add(b[0]));
        columns.add(bands.get(bands.size() - 1)[1]);
        double top = block.get(0).y() - block.get(0).size();
        return new Found(new PdfGrid(columns, rows, sources, top, page), List.copyOf(block));
    }

    /** The column bands: the x extents of the row lines' runs, overlapping ones merged. */
    private static List<double[]> bands(List<PdfLine> block) {
        List<double[]> spans = new ArrayList<>();
        for (PdfLine line : block) {
            if (isRow(line)) {
                runs(line).forEach(r -> spans.add(new double[] {r.left(), r.right()}));
            }
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> bands = new ArrayList<>();
        for (double[] s : spans) {
            double[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                bands.add(new double[] {s[0], s[1]});
            }
        }
        return bands;
    }

    /** The band a run belongs to: the one holding its middle, else the nearest. */
    private static int band(List<double[]> bands, Run run) {
        double mid = (run.left() + run.right()) / 2;
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < bands.size(); i++) {
            double[] b = bands.get(i);
            double d = mid < b[0] ? b[0] - mid : mid > b[1] ? mid - b[1] : 0;
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean isRow(PdfLine line) {
        return runs(line).size() >= MIN_RUNS;
    }

    /** The runs of the line: glyphs between column gaps. */
    private static List<Run> runs(PdfLine line) {
        List<Run> runs = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        for (PdfGlyph g : line.glyphs()) {
            if (!current.isEmpty()) {
                PdfGlyph prev = current.get(current.size() - 1);
                if (g.x() - prev.right() > PdfLine.COLUMN_GAP * prev.size()) {
                    runs.add(run(current));
                    current = new ArrayList<>();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            runs.add(run(current));
        }
        return runs;
    }

    private static Run run(List<PdfGlyph> glyphs) {
        return new Run(glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right(), List.copyOf(glyphs));
    }
}
