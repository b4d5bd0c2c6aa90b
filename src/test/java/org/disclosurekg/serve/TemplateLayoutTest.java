package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The printed layout of table 三 against the row counts TEMPLATES.md gives for each template. */
class TemplateLayoutTest {
    @Test
    void table3Of2019Has23RowsAnd2021Has25() {
        assertEquals(23, TemplateLayout.t3Rows(Set.of(), false, k -> k).size());
        assertEquals(25, TemplateLayout.t3Rows(Set.of(), true, k -> k).size());
    }

    @Test
    void theResultsCellSpansEveryResultRow() {
        List<TemplateLayout.Row> rows = TemplateLayout.t3Rows(Set.of(), false, k -> k);
        TemplateLayout.LabelCell results = rows.get(2).cells().get(0);
        assertEquals("三、本年度办理结果", results.text());
        assertEquals(20, results.rowspan(), "20 result rows in 2019");
        assertEquals(22, TemplateLayout.t3Rows(Set.of(), true, k -> k).get(2).cells().get(0).rowspan());
    }

    @Test
    void everyRowHasThreeLabelColumns() {
        for (boolean v2021 : new boolean[] {false, true}) {
            List<TemplateLayout.Row> rows = TemplateLayout.t3Rows(Set.of(), v2021, k -> k);
            int[] covered = new int[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                for (TemplateLayout.LabelCell c : rows.get(i).cells()) {
                    for (int r = i; r < i + c.rowspan(); r++) {
                        covered[r] += c.colspan();
                    }
                }
            }
            for (int i = 0; i < covered.length; i++) {
                assertEquals(3, covered[i], "row " + rows.get(i).key() + " (2021: " + v2021 + ")");
            }
        }
    }

    @Test
    void aGroupStatedWithoutItsPartsIsOneRow() {
        List<TemplateLayout.Row> rows = TemplateLayout.t3Rows(Set.of("denied"), false, k -> k);
        assertTrue(rows.stream().anyMatch(r -> r.key().equals("denied")));
        assertTrue(rows.stream().noneMatch(r -> r.key().startsWith("denied.")));
        assertEquals(16, rows.size());
    }

    @Test
    void table2BlocksFollowTheTemplate() {
        assertEquals(5, TemplateLayout.t2Blocks(false).size());
        assertEquals(4, TemplateLayout.t2Blocks(true).size());
        assertEquals(List.of("issued", "repealed", "inForce"), TemplateLayout.t2Blocks(true).get(0).columns());
    }
}
