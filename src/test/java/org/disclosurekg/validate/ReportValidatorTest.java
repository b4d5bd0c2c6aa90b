package org.disclosurekg.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.disclosurekg.vocab.CodeList;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.SDMX;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {
    private static final String R = "https://example.org/id/report/420105/2020";
    private static final String OBS = R + "/obs/t3/granted/natural";

    /** A small report graph written by hand, as the mapper should write it. */
    private static final String GOOD = """
            PREFIX dkg: <https://w3id.org/disclosure-kg/def#>
            PREFIX code: <https://w3id.org/disclosure-kg/def/code/>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dqv: <http://www.w3.org/ns/dqv#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
            BASE <https://example.org/id/>

            <report/420105/2020> a dkg:AnnualReport ;
                dkg:reportYear "2020"^^xsd:gYear ; dkg:template <https://w3id.org/disclosure-kg/def/code/template/2019> ;
                dkg:sha256 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
                dkg:sourceFileName "hanyang.txt" ; dkg:convertedFromTraditional false ;
                dkg:division <division/420105> ; dkg:issuedBy <body/420105> .
            <body/420105> a dkg:GovernmentBody ; skos:prefLabel "武汉市汉阳区人民政府"@zh ; dkg:division <division/420105> .
            <division> a skos:ConceptScheme .
            <division/420105> a dkg:Division , skos:Concept ; skos:inScheme <division> ; skos:notation "420105" ;
                skos:prefLabel "汉阳区"@zh ; dkg:level <https://w3id.org/disclosure-kg/def/code/level/county> .
            <dataset/applications> a qb:DataSet ; qb:structure <structure/applications> .
            <structure/applications> a qb:DataStructureDefinition ; qb:component <structure/applications/report> .
            <structure/applications/report> a qb:ComponentSpecification ; qb:dimension dkg:report .
            <report/420105/2020/obs/t3/granted/natural> a qb:Observation ;
                qb:dataSet <dataset/applications> ; dkg:report <report/420105/2020> ; dkg:scope dkg:wholeReport ;
                sdmx-dimension:refPeriod "2020"^^xsd:gYear ; sdmx-dimension:refArea <division/420105> ;
                dkg:applicationRow <https://w3id.org/disclosure-kg/def/code/application-row/granted> ;
                dkg:applicantType <https://w3id.org/disclosure-kg/def/code/applicant/natural> ;
                sdmx-measure:obsValue 81 ; dkg:status <https://w3id.org/disclosure-kg/def/code/status/stated> ;
                dkg:approximate false ; dkg:reportTable <https://w3id.org/disclosure-kg/def/code/table/t3> ;
                prov:wasDerivedFrom <report/420105/2020> ; dkg:sourceLine "61"^^xsd:positiveInteger ;
                dkg:sourceText "（一）予以公开 | 81"@zh .
            <report/420105/2020/check/rowSum/granted> a dkg:AccountingCheck ;
                dqv:computedOn <report/420105/2020> ; dqv:isMeasurementOf <https://w3id.org/disclosure-kg/def/code/rule/rowSum> ;
                dqv:value true ; dkg:statedValue 81 ; dkg:computedValue 81 ;
                dkg:involves <report/420105/2020/obs/t3/granted/natural> .
            <report/420105/2020/note/1> a dkg:ExtractionNote ; dkg:noteCode "tableEmpty" ;
                rdfs:comment "table 四 has no numbers"@en ; oa:hasTarget <report/420105/2020> .
            """;

    private static ValidationResult validate(Consumer<Model> breakIt) {
        Model model = RDFParser.fromString(GOOD, Lang.TURTLE).toModel();
        breakIt.accept(model);
        return new ReportValidator().validate(model);
    }

    private static void assertFailsNaming(ValidationResult result, String... words) {
        assertFalse(result.conforms(), "should not conform");
        for (String word : words) {
            assertTrue(result.problems().stream().anyMatch(p -> p.contains(word)),
                    "no problem names '" + word + "':\n" + result);
        }
    }

    @Test
    void goodGraphConforms() {
        ValidationResult result = validate(m -> { });
        assertTrue(result.conforms(), result.toString());
    }

    @Test
    void observationWithoutReportFails() {
        ValidationResult result = validate(m -> m.removeAll(m.createResource(OBS), DKG.report, null));
        assertFailsNaming(result, OBS, "dkg:report");
    }

    @Test
    void madeUpTermOfOurNamespaceFails() {
        ValidationResult result = validate(m -> m.createResource(OBS)
                .addProperty(m.createProperty(DKG.NS, "madeUp"), "x"));
        assertFailsNaming(result, "undeclared term dkg:madeUp", "property");
    }

    @Test
    void conceptFromTheWrongCodeListFails() {
        ValidationResult result = validate(m -> {
            Resource obs = m.createResource(OBS);
            m.removeAll(obs, DKG.applicantType, null);
            obs.addProperty(DKG.applicantType, CodeList.APPLICATION_ROW.concept("granted"));
        });
        assertFailsNaming(result, "applicantType is one concept of the applicant code list");
    }

    @Test
    void missingObservationWithAValueFails() {
        ValidationResult result = validate(m -> {
            Resource obs = m.createResource(OBS);
            m.removeAll(obs, DKG.status, null);
            obs.addProperty(DKG.status, CodeList.STATUS.concept("missing"));
        });
        assertFailsNaming(result, "a stated observation has a value; a missing one (blank cell) has none");
    }

    @Test
    void statedObservationWithoutValueFails() {
        ValidationResult result = validate(m -> m.removeAll(m.createResource(OBS), SDMX.obsValue, null));
        assertFailsNaming(result, "a stated observation has a value");
    }

    @Test
    void reportWithoutYearOrWithBadDigestFails() {
        ValidationResult result = validate(m -> {
            Resource report = m.createResource(R);
            m.removeAll(report, DKG.reportYear, null);
            m.removeAll(report, DKG.sha256, null);
            report.addProperty(DKG.sha256, "ABC");
        });
        assertFailsNaming(result, "exactly one year", "sha256 of 64 lowercase hex digits");
    }

    @Test
    void observationWithoutSourcePositionFails() {
        ValidationResult result = validate(m -> m.removeAll(m.createResource(OBS), DKG.sourceLine, null));
        assertFailsNaming(result, "dkg:sourceLine or dkg:sourcePage");
    }

    @Test
    void checkWithoutBooleanValueFails() {
        ValidationResult result = validate(m -> {
            Resource check = m.createResource(R + "/check/rowSum/granted");
            m.removeAll(check, org.disclosurekg.vocab.DQV.value, null);
            check.addProperty(org.disclosurekg.vocab.DQV.value, "yes");
        });
        assertFailsNaming(result, "boolean dqv:value");
    }

    @Test
    void blankNodeFails() {
        ValidationResult result = validate(m -> m.createResource(OBS)
                .addProperty(m.createProperty("http://example.org/p"), m.createResource()));
        assertFailsNaming(result, "blank node");
    }

    @Test
    void reportWithNeitherDivisionNorNoteFails() {
        ValidationResult result = validate(m -> m.removeAll(m.createResource(R), DKG.division, (RDFNode) null));
        assertFailsNaming(result, "a division, or a divisionNote");
    }
}
