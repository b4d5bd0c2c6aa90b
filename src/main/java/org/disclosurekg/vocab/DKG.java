package org.disclosurekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the Disclosure KG ontology ({@code ontology/dkg.ttl}), named exactly by local name, and
 * the IRIs of its code-list concepts ({@code ontology/dkg-codes.ttl}). Kept in step with the ontology by
 * {@code VocabularyTest}.
 */
public final class DKG {
    /** The ontology's namespace. */
    public static final String NS = "https://w3id.org/disclosure-kg/def#";

    /** The ontology's own IRI (the namespace without its {@code #}). */
    public static final String ONTOLOGY = "https://w3id.org/disclosure-kg/def";

    /** Where the code lists live: {@code {CODE_NS}{scheme}/{notation}}. */
    public static final String CODE_NS = "https://w3id.org/disclosure-kg/def/code/";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    private DKG() {
    }

    /** The namespace IRI. */
    public static String getURI() {
        return NS;
    }

    /** The concept of a code list by scheme name and notation, e.g. {@code code("applicant", "natural")}. */
    public static Resource code(String scheme, String notation) {
        return ResourceFactory.createResource(CODE_NS + scheme + "/" + notation);
    }

    /** The concept scheme of a code list, e.g. {@code scheme("applicant")}. */
    public static Resource scheme(String scheme) {
        return ResourceFactory.createResource(CODE_NS + scheme);
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes

    /** A government information-disclosure annual report (政府信息公开工作年度报告) of one body for one year, as one source file. */
    public static final Resource AnnualReport = resource("AnnualReport");

    /** A people's government or one of its departments, offices or committees that publishes annual reports. */
    public static final Resource GovernmentBody = resource("GovernmentBody");

    /** An administrative division of the GB/T 2260 code list, identified by its 6-digit code; a concept of the division scheme. */
    public static final Resource Division = resource("Division");

    /** The level of an administrative division: province, prefecture or county. */
    public static final Resource DivisionLevel = resource("DivisionLevel");

    /** The part of a report a number covers: the whole report, or a sub-scope the report names (e.g. 区政府 vs 区级各部门及街道). */
    public static final Resource Scope = resource("Scope");

    /** The outcome of one accounting identity of the template on one report: whether a stated total equals the sum of its parts. */
    public static final Resource AccountingCheck = resource("AccountingCheck");

    /** An accounting identity a report's numbers should satisfy, measured by accounting checks. */
    public static final Resource AccountingRule = resource("AccountingRule");

    /** Something the converter could not read in a report, or chose not to, so that a missing number is explained rather than silent. */
    public static final Resource ExtractionNote = resource("ExtractionNote");

    /** A row of table 三 (applications received and how they were answered). */
    public static final Resource ApplicationRow = resource("ApplicationRow");

    /** A column of table 三: a kind of applicant, or the total. */
    public static final Resource ApplicantType = resource("ApplicantType");

    /** A kind of proceeding of table 四: administrative reconsideration or litigation. */
    public static final Resource Proceeding = resource("Proceeding");

    /** An outcome column of table 四: upheld, corrected, other, pending, or the total. */
    public static final Resource ProceedingOutcome = resource("ProceedingOutcome");

    /** A row of table 二 (proactive disclosure): a kind of information such as rules, licensing or fees. */
    public static final Resource ProactiveItem = resource("ProactiveItem");

    /** A column of table 二, of the 2019 or the 2021 template. */
    public static final Resource ProactiveStatistic = resource("ProactiveStatistic");

    /** A number a report states in its running text, outside the tables (applications received, items disclosed, posts per channel ...). */
    public static final Resource NarrativeMetric = resource("NarrativeMetric");

    /** A channel through which a body discloses information: its website, Weibo, WeChat, app or gazette. */
    public static final Resource Channel = resource("Channel");

    /** A value column of a pre-2019 statistics table: this year or cumulative. */
    public static final Resource LegacyColumn = resource("LegacyColumn");

    /** Where in a report a number stands: table 二, 三 or 四, a pre-2019 statistics table, or the narrative. */
    public static final Resource ReportTableKind = resource("ReportTableKind");

    /** The national format a report follows: before 2019, the 2019 format or the 2021 format. */
    public static final Resource ReportTemplate = resource("ReportTemplate");

    /** Whether a number is stated, or its cell is present but blank (missing; never published as zero). */
    public static final Resource ObservationStatus = resource("ObservationStatus");

    // Individuals

    /** The scope of a number that covers the whole report (the tidy CSV's empty scope). */
    public static final Resource wholeReport = resource("wholeReport");

    /** The quality dimension of the accounting rules: a report's totals agree with their parts. */
    public static final Resource accountingConsistency = resource("accountingConsistency");

    /** The quality category of what is checked on the numbers of one report. */
    public static final Resource reportQuality = resource("reportQuality");

    // Properties

    /** The body whose annual report this is. */
    public static final Property issuedBy = property("issuedBy");

    /** The administrative division a report's body belongs to, or a body's division; absent when it cannot be told (see divisionNote). */
    public static final Property division = property("division");

    /** Why a report has no division (a development zone, an unknown or ambiguous name). */
    public static final Property divisionNote = property("divisionNote");

    /** The year a report covers (not the year it was published). */
    public static final Property reportYear = property("reportYear");

    /** The national format the report follows. */
    public static final Property template = property("template");

    /** The name of the file the report was converted from, without directories. */
    public static final Property sourceFileName = property("sourceFileName");

    /** The lowercase hexadecimal SHA-256 digest of the source file's bytes. */
    public static final Property sha256 = property("sha256");

    /** The character set the source text was decoded with (UTF-8, GB18030, Big5 ...). */
    public static final Property sourceCharset = property("sourceCharset");

    /** True when the source was written in Traditional characters and converted to Simplified before extraction. */
    public static final Property convertedFromTraditional = property("convertedFromTraditional");

    /** The address the report was published at, as the source file gives it (a literal, since printed addresses are not always valid IRIs). */
    public static final Property sourceUrl = property("sourceUrl");

    /** The report a number was read from. */
    public static final Property report = property("report");

    /** The part of the report a number covers; dkg:wholeReport unless the report splits its numbers by sub-scope. */
    public static final Property scope = property("scope");

    /** The row of table 三 a number stands in. */
    public static final Property applicationRow = property("applicationRow");

    /** The applicant column of table 三 a number stands in. */
    public static final Property applicantType = property("applicantType");

    /** The proceeding group of table 四 a number stands in. */
    public static final Property proceeding = property("proceeding");

    /** The outcome column of table 四 a number stands in. */
    public static final Property proceedingOutcome = property("proceedingOutcome");

    /** The row of table 二 a number stands in. */
    public static final Property proactiveItem = property("proactiveItem");

    /** The column of table 二 a number stands in. */
    public static final Property proactiveStatistic = property("proactiveStatistic");

    /** What a number stated in the running text counts. */
    public static final Property narrativeMetric = property("narrativeMetric");

    /** The disclosure channel a narrative number is about. */
    public static final Property channel = property("channel");

    /** The indicator of a pre-2019 statistics table as printed, without its list numbering (the tidy CSV's row). */
    public static final Property legacyIndicator = property("legacyIndicator");

    /** The value column of a pre-2019 statistics table a number stands in: this year or cumulative. */
    public static final Property legacyColumn = property("legacyColumn");

    /** The unit as the report states it (件 条 次 万元 ...); amounts are given in 万元. */
    public static final Property unit = property("unit");

    /** True when the report qualifies the number as approximate (余 多 近 约 逾 超过 ...). */
    public static final Property approximate = property("approximate");

    /** The qualifying word as printed next to an approximate number (余 多 近 约 ...). */
    public static final Property qualifier = property("qualifier");

    /** Whether the number is stated, or its cell is blank in the source (then the observation has no value). */
    public static final Property status = property("status");

    /** The account or outlet the report names for a channel number (e.g. a Weibo account's name). */
    public static final Property account = property("account");

    /** The row label as printed in the report (normalised to Simplified characters). */
    public static final Property printedLabel = property("printedLabel");

    /** Where in the report a number stands (the tidy CSV's table), or which table a check is about. */
    public static final Property reportTable = property("reportTable");

    /** The metric of the later templates that a pre-2019 indicator means (e.g. 同意公开答复数 is application row granted). */
    public static final Property indicatorConcept = property("indicatorConcept");

    /** The 1-based line of the source file (or of the laid-out text of a paged format) where the number or note stands. */
    public static final Property sourceLine = property("sourceLine");

    /** The 1-based page of a paged source (PDF, Word) where the number or note stands. */
    public static final Property sourcePage = property("sourcePage");

    /** The words of the source the number was read from: the clause for narrative numbers, the row label and cell for tables. */
    public static final Property sourceText = property("sourceText");

    /** The total as the report prints it. */
    public static final Property statedValue = property("statedValue");

    /** The sum of the parts, as the check computed it. */
    public static final Property computedValue = property("computedValue");

    /** The column or row an accounting check is about (e.g. applicant type natural for a column balance). */
    public static final Property checkSubject = property("checkSubject");

    /** An observation that is a term of the check: the stated total or one of its parts. */
    public static final Property involves = property("involves");

    /** The short stable key of an extraction note (e.g. tableEmpty, ambiguousSplit, noDivision). */
    public static final Property noteCode = property("noteCode");

    /** The level of an administrative division. */
    public static final Property level = property("level");

    /** The channel a narrative metric counts for; its observations go to the channels data set with this channel as dimension. */
    public static final Property metricChannel = property("metricChannel");

    /** The code list whose concepts the checks of a rule are about (columns for a column balance, rows for a row sum). */
    public static final Property subjectScheme = property("subjectScheme");
}
