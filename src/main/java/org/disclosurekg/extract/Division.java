package org.disclosurekg.extract;

/**
 * An administrative division of the GB/T 2260 code list.
 *
 * @param code the 6-digit code
 * @param name the official full name, e.g. 汉阳区
 * @param level {@code province}, {@code prefecture} or {@code county}
 * @param parentCode the division directly above, empty for a province
 * @param province the name of its province-level division
 * @param prefecture the name of its prefecture-level division, empty where there is none
 * @param firstYear the first year-end list holding this code and name (may be before 2008)
 * @param lastYear the last year-end list holding it, {@code null} while it is in use
 */
public record Division(String code, String name, String level, String parentCode, String province,
        String prefecture, int firstYear, Integer lastYear) {

    /** True when the division existed (under this name) in the given year, allowing mid-year changes. */
    public boolean existedIn(int year) {
        return firstYear <= year && (lastYear == null || lastYear >= year - 1);
    }
}
