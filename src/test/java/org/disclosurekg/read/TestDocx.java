package org.disclosurekg.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes the small Word report the tests read: a title, a table with horizontally and vertically merged
 * cells and a header written one character per paragraph, and a closing paragraph. Its {@code main}
 * writes it to a file, from which {@code src/test/resources/read/merged-table.doc} was made (see the
 * README there).
 */
final class TestDocx {
    private static final int COLUMN = 2000;

    private TestDocx() {
    }

    /** Writes the document to the path given as the only argument. */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), mergedTable());
    }

    /** The bytes of the .docx. */
    static byte[] mergedTable() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("某县2021年政府信息公开工作年度报告");
            XWPFTable table = doc.createTable(4, 4);
            text(table, 0, 0, "项目");
            span(table.getRow(0), 0, 2);
            vmerge(table.getRow(0).getCell(0), true);
            text(table, 0, 1, "申请人情况");
            span(table.getRow(0), 1, 2);
            span(table.getRow(1), 0, 2);
            vmerge(table.getRow(1).getCell(0), false);
            text(table, 1, 1, "自然人");
            table.getRow(1).getCell(2).removeParagraph(0);
            table.getRow(1).getCell(2).addParagraph().createRun().setText("法");
            table.getRow(1).getCell(2).addParagraph().createRun().setText("人");
            text(table, 2, 0, "三、结果");
            vmerge(table.getRow(2).getCell(0), true);
            text(table, 2, 1, "予以公开");
            text(table, 2, 2, "12");
            text(table, 2, 3, "\u00a0");
            vmerge(table.getRow(3).getCell(0), false);
            text(table, 3, 1, "不予公开");
            text(table, 3, 2, "0");
            text(table, 3, 3, "3");
            widths(table);
            doc.createParagraph().createRun().setText("五、存在的主要问题及改进情况");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Declares the table's four grid columns and each cell's width, as Word writes them. */
    private static void widths(XWPFTable table) {
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int i = 0; i < 4; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(COLUMN));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = pr(cell);
                int span = pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
                w.setW(BigInteger.valueOf((long) COLUMN * span));
                w.setType(STTblWidth.DXA);
            }
        }
    }

    private static void text(XWPFTable table, int row, int col, String text) {
        table.getRow(row).getCell(col).setText(text);
    }

    /** Makes the cell at {@code col} span {@code n} grid columns, removing the cells it covers. */
    private static void span(XWPFTableRow row, int col, int n) {
        XWPFTableCell cell = row.getCell(col);
        pr(cell).addNewGridSpan().setVal(BigInteger.valueOf(n));
        for (int i = 1; i < n; i++) {
            row.removeCell(col + 1);
        }
    }

    private static void vmerge(XWPFTableCell cell, boolean restart) {
        var merge = pr(cell).addNewVMerge();
        if (restart) {
            merge.setVal(STMerge.RESTART);
        }
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
