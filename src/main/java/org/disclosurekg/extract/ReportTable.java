package org.disclosurekg.extract;

/** Where in a report a number stands; the key is the {@code table} column of the tidy CSV. */
public enum ReportTable {
    /** 表二: proactive disclosure (主动公开政府信息情况). */
    T2("t2"),
    /** 表三: applications received and how they were answered. */
    T3("t3"),
    /** 表四: administrative reconsideration and litigation. */
    T4("t4"),
    /** A pre-2019 statistics table (政府信息公开情况统计表). */
    LEGACY("legacy"),
    /** A number stated in the running text. */
    NARRATIVE("narrative");

    private final String key;

    ReportTable(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
