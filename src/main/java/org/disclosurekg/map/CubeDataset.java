package org.disclosurekg.map;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.SDMX;

/**
 * The Data Cube data sets, one per kind of table across all reports, with the dimensions and attributes
 * of their structures. The same in every report graph, so merging graphs is harmless.
 */
enum CubeDataset {
    PROACTIVE("proactive", "主动公开政府信息情况", "Proactive disclosure (table 二)",
            List.of(DKG.proactiveItem, DKG.proactiveStatistic), List.of()),
    APPLICATIONS("applications", "收到和处理政府信息公开申请情况", "Disclosure applications (table 三)",
            List.of(DKG.applicationRow, DKG.applicantType), List.of()),
    PROCEEDINGS("proceedings", "政府信息公开行政复议、行政诉讼情况", "Reconsideration and litigation (table 四)",
            List.of(DKG.proceeding, DKG.proceedingOutcome), List.of()),
    CHANNELS("channels", "公开渠道发布情况", "Disclosure channels (posts and visits stated in the text)",
            List.of(DKG.narrativeMetric, DKG.channel), List.of(DKG.account)),
    NARRATIVE("narrative", "正文所述数字", "Other numbers stated in the text",
            List.of(DKG.narrativeMetric), List.of(DKG.account)),
    LEGACY("legacy", "政府信息公开情况统计表（2019年以前）", "Pre-2019 statistics tables",
            List.of(DKG.legacyIndicator, DKG.legacyColumn), List.of(DKG.indicatorConcept));

    /** The dimensions every data set has, before its own. */
    static final List<Property> COMMON_DIMENSIONS =
            List.of(DKG.report, SDMX.refPeriod, SDMX.refArea, DKG.scope);

    /** The attributes present on every observation. */
    static final List<Property> REQUIRED_ATTRIBUTES = List.of(DKG.status, DKG.approximate, DKG.reportTable);

    /** The attributes present when the report gives them. */
    static final List<Property> OPTIONAL_ATTRIBUTES = List.of(DKG.unit, DKG.qualifier, DKG.printedLabel);

    private final String key;
    private final String titleZh;
    private final String titleEn;
    private final List<Property> ownDimensions;
    private final List<Property> ownAttributes;

    CubeDataset(String key, String titleZh, String titleEn, List<Property> ownDimensions,
            List<Property> ownAttributes) {
        this.key = key;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.ownDimensions = ownDimensions;
        this.ownAttributes = ownAttributes;
    }

    /** The name in the data set's and the structure's IRI. */
    String key() {
        return key;
    }

    String titleZh() {
        return titleZh;
    }

    String titleEn() {
        return titleEn;
    }

    /** All dimensions, in order. */
    List<Property> dimensions() {
        List<Property> all = new ArrayList<>(COMMON_DIMENSIONS);
        all.addAll(ownDimensions);
        return all;
    }

    /** The optional attributes, common ones first. */
    List<Property> optionalAttributes() {
        List<Property> all = new ArrayList<>(OPTIONAL_ATTRIBUTES);
        all.addAll(ownAttributes);
        return all;
    }
}
