package org.disclosurekg.extract;

/** The national report formats; the key is the code used in the CSV export and the code list. */
public enum Template {
    /** Free-form reports under the 2008 regulations, before the national tables. */
    PRE2019("pre2019"),
    /** 国办公开办函〔2019〕60号, used for the 2019 and 2020 reports. */
    V2019("2019"),
    /** 国办公开办函〔2021〕30号, used from the 2021 reports on. */
    V2021("2021");

    private final String key;

    Template(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
