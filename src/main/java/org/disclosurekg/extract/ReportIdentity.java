package org.disclosurekg.extract;

/**
 * Who issued a report, for which division and year, under which template.
 *
 * @param title the report's title as printed (normalised), empty if it has none
 * @param body the issuing body's full name, e.g. 武汉市汉阳区人民政府; empty when it cannot be told
 * @param bodyIsGovernment true when the body is the people's government of its division itself (not a
 *     department, office or committee)
 * @param divisionCode the 6-digit GB/T 2260 code of the division the body belongs to, or {@code null}
 * @param divisionNote why there is no division code (a development zone, an unknown or ambiguous name),
 *     empty when there is one
 * @param year the year the report covers, or {@code null} when it cannot be told
 * @param template the report format
 * @param sourceUrl the address the report was published at, when the file says so; empty otherwise
 */
public record ReportIdentity(String title, String body, boolean bodyIsGovernment, String divisionCode,
        String divisionNote, Integer year, Template template, String sourceUrl) {
}
