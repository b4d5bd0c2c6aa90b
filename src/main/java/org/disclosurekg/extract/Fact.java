package org.disclosurekg.extract;

import java.math.BigDecimal;
import org.disclosurekg.document.SourceRef;

/**
 * One number of a report, as stated, with where it stands.
 *
 * @param key table, scope, row and column (the keys of the tidy CSV; for {@code legacy} the row is the
 *     indicator as printed, without its list numbering)
 * @param value the number in plain decimal; {@code null} when the cell is present but blank in the source
 *     (published with status "missing", never as zero)
 * @param approximate true when the report qualifies the number (余 多 近 约 逾 超过 …)
 * @param qualifier the qualifying word as printed, empty if none
 * @param unit the unit as stated (件 条 万元 …), empty if none; amounts are already converted to 万元
 * @param label the row label as printed (normalised), for the reader of the graph; may be empty
 * @param account the account or outlet the report names for a channel number (大成武昌), empty if none
 * @param source the line (and page) the number stands on
 * @param quote the words of the source the number was read from: the sentence clause for narrative, the
 *     row label and cell for tables
 */
public record Fact(FactKey key, BigDecimal value, boolean approximate, String qualifier, String unit,
        String label, String account, SourceRef source, String quote) {

    public ReportTable table() {
        return key.table();
    }

    public String scope() {
        return key.scope();
    }

    public String row() {
        return key.row();
    }

    public String column() {
        return key.column();
    }
}
