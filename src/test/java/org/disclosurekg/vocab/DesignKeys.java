package org.disclosurekg.vocab;

import java.util.List;

/** The tidy-CSV keys as DESIGN.md lists them (plus the extractor's additions): the code lists must hold each. */
public final class DesignKeys {
    public static final List<String> T3_ROWS = List.of("newReceived", "carriedOver", "granted", "partial",
            "denied.stateSecret", "denied.lawForbidden", "denied.threeSafety", "denied.thirdParty", "denied.internal",
            "denied.process", "denied.enforcementFile", "denied.adminQuery", "unable.notHeld", "unable.needCreate",
            "unable.unclear", "notProcessed.petition", "notProcessed.repeated", "notProcessed.publication",
            "notProcessed.massRepeated", "notProcessed.confirm", "otherHandling", "otherHandling.noCorrection",
            "otherHandling.noFee", "otherHandling.other", "total", "carriedForward", "denied", "unable",
            "notProcessed");
    public static final List<String> T3_COLUMNS =
            List.of("natural", "commercial", "research", "social", "legal", "other", "total");
    public static final List<String> T4_ROWS =
            List.of("reconsideration", "litigationDirect", "litigationAfterReconsideration", "litigation");
    public static final List<String> T4_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");
    public static final List<String> T2_ROWS = List.of("rules", "normativeDocs", "otherDocs", "licensing",
            "otherServices", "penalty", "coercion", "fees", "procurement");
    public static final List<String> T2_COLUMNS = List.of("made", "published", "totalPublished", "itemsLastYear",
            "itemsChange", "decisions", "projects", "amountWanYuan", "issued", "repealed", "inForce");
    public static final List<String> LEGACY_COLUMNS = List.of("thisYear", "cumulative");
    public static final List<String> NARRATIVE = List.of("applications.received", "applications.answered",
            "applications.grantedOrPartial", "proactive.items", "proactive.docItems", "channel.website.posts",
            "channel.weibo.posts", "channel.wechat.posts", "channel.app.posts", "channel.gazette.issues",
            "website.visits", "hotline.calls", "procurement.projects", "procurement.amountWanYuan",
            // emitted by the narrative extractor beyond the DESIGN.md list
            "reconsideration.cases", "litigation.cases");
    public static final List<String> CHANNELS = List.of("website", "weibo", "wechat", "app", "gazette");
    public static final List<String> TABLES = List.of("t2", "t3", "t4", "legacy", "narrative");
    public static final List<String> TEMPLATES = List.of("pre2019", "2019", "2021");
    public static final List<String> STATUSES = List.of("stated", "missing");
    public static final List<String> LEVELS = List.of("province", "prefecture", "county");

    private DesignKeys() {
    }
}
