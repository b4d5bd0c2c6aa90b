package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.List;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Cell;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.SourceRef;
import org.disclosurekg.document.Table;

/**
 * Collects the raw blocks a reader finds and builds the document, normalising all of its text in one
 * pass, so that a Traditional document is converted as a whole and every block is cleaned the same way.
 */
final class DocumentAssembler {
    private final List<Block> raw = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** Adds a paragraph of raw text; blank text is ignored. */
    void paragraph(String text, SourceRef at) {
        if (!text.isBlank()) {
            raw.add(new Paragraph(text, at));
        }
    }

    /** Adds a grid table of raw cell texts; a table whose cells are all blank is ignored. */
    void table(List<Row> rows, SourceRef at) {
        boolean any = rows.stream().flatMap(r -> r.cells().stream()).anyMatch(c -> !c.text().isBlank());
        if (any) {
            raw.add(new Table(rows, true, at));
        }
    }

    /** Puts a paragraph of raw text before everything added so far. */
    void prepend(String text, SourceRef at) {
        if (!text.isBlank()) {
            raw.add(0, new Paragraph(text, at));
        }
    }

    /** The first blocks added, with their raw text. */
    List<Block> first(int n) {
        return List.copyOf(raw.subList(0, Math.min(n, raw.size())));
    }

    /** Records a problem the reader worked around. */
    void warn(String warning) {
        warnings.add(warning);
    }

    /** True when no block has been added yet. */
    boolean isEmpty() {
        return raw.isEmpty();
    }

    /** The document with normalised text. */
    ReportDocument build(String sourceName, String mediaType, byte[] bytes, String charset) {
        List<String> texts = new ArrayList<>();
        for (Block block : raw) {
            collect(block, texts);
        }
        TextNormalizer.Normalized normalized = TextNormalizer.normalize(String.join("\n", texts));
        List<String> clean = split(normalized, texts);
        List<Block> blocks = new ArrayList<>(raw.size());
        int[] next = {0};
        for (Block block : raw) {
            Block b = rebuild(block, clean, next);
            if (b != null) {
                blocks.add(b);
            }
        }
        return new ReportDocument(sourceName, mediaType, Digests.sha256(bytes), charset,
                normalized.traditional(), blocks, warnings);
    }

    private static void collect(Block block, List<String> texts) {
        if (block instanceof Paragraph p) {
            texts.add(oneLine(p.text()));
        } else if (block instanceof Table t) {
            t.rows().forEach(row -> row.cells().forEach(cell -> texts.add(oneLine(cell.text()))));
        }
    }

    /** Splits the normalised whole back into its pieces; normalising never adds or removes line breaks. */
    private static List<String> split(TextNormalizer.Normalized normalized, List<String> texts) {
        String[] parts = normalized.text().split("\n", -1);
        if (parts.length == texts.size()) {
            return List.of(parts);
        }
        List<String> each = new ArrayList<>(texts.size());
        for (String text : texts) {
            String s = TextNormalizer.nfkc(text);
            each.add(normalized.traditional() ? TextNormalizer.toSimplified(s) : s);
        }
        return each;
    }

    private static Block rebuild(Block block, List<String> clean, int[] next) {
        if (block instanceof Paragraph p) {
            String text = clean.get(next[0]++).strip();
            return text.isEmpty() ? null : new Paragraph(text, p.source());
        }
        Table t = (Table) block;
        List<Row> rows = new ArrayList<>(t.rows().size());
        for (Row row : t.rows()) {
            List<Cell> cells = new ArrayList<>(row.cells().size());
            for (Cell cell : row.cells()) {
                cells.add(new Cell(clean.get(next[0]++).strip(), cell.spanned()));
            }
            rows.add(new Row(cells, row.source()));
        }
        return new Table(rows, t.grid(), t.source());
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
