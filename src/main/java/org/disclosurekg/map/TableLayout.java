package org.disclosurekg.map;

import org.apache.jena.rdf.model.Property;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.vocab.CodeList;
import org.disclosurekg.vocab.DKG;

/**
 * How the keys of one kind of table become dimensions: the property and code list of its rows and of
 * its columns. The legacy row is a printed label, so it has no code list.
 *
 * @param rowDimension the dimension of the row key
 * @param rows the code list of row keys, {@code null} when rows are printed labels
 * @param columnDimension the dimension of the column key, {@code null} when the table has no columns
 * @param columns the code list of column keys, {@code null} when the table has no columns
 */
record TableLayout(Property rowDimension, CodeList rows, Property columnDimension, CodeList columns) {

    /** The layout of a table. */
    static TableLayout of(ReportTable table) {
        return switch (table) {
            case T2 -> new TableLayout(DKG.proactiveItem, CodeList.PROACTIVE_ITEM, DKG.proactiveStatistic,
                    CodeList.PROACTIVE_STATISTIC);
            case T3 -> new TableLayout(DKG.applicationRow, CodeList.APPLICATION_ROW, DKG.applicantType,
                    CodeList.APPLICANT);
            case T4 -> new TableLayout(DKG.proceeding, CodeList.PROCEEDING, DKG.proceedingOutcome,
                    CodeList.PROCEEDING_OUTCOME);
            case NARRATIVE -> new TableLayout(DKG.narrativeMetric, CodeList.NARRATIVE, null, null);
            case LEGACY -> new TableLayout(DKG.legacyIndicator, null, DKG.legacyColumn, CodeList.LEGACY_COLUMN);
        };
    }
}
