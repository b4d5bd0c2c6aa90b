package org.disclosurekg.map;

import static org.disclosurekg.map.GraphAssertions.about;
import static org.disclosurekg.map.GraphAssertions.assertIsomorphic;
import static org.disclosurekg.map.GraphAssertions.turtle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.disclosurekg.check.Finding;
import org.disclosurekg.document.SourceRef;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.extract.FactKey;
import org.disclosurekg.extract.ReportFacts;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.validate.ReportValidator;
import org.disclosurekg.validate.ValidationResult;
import org.disclosurekg.vocab.CodeList;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.DesignKeys;
import org.disclosurekg.vocab.QB;
import org.disclosurekg.vocab.SDMX;
import org.junit.jupiter.api.Test;

class ReportMapperTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final String HANYANG = GraphAssertions.BASE + "report/420105/2020";

    private static Model map(ReportFacts facts, List<Finding> findings) {
        return new ReportMapper(IRIS).map(facts, findings, IRIS.report(facts.identity()));
    }

    private static Resource obs(Model model, String path) {
        return model.createResource(GraphAssertions.BASE + path);
    }

    @Test
    void tableCellBecomesObservationWithDimensionsValueAndSource() {
        Model model = map(SampleReports.hanyang2020(), List.of());
        Resource obs = obs(model, "report/420105/2020/obs/t3/newReceived/natural");
        assertIsomorphic(turtle("""
                <report/420105/2020/obs/t3/newReceived/natural> a qb:Observation ;
                    qb:dataSet <dataset/applications> ;
                    dkg:report <report/420105/2020> ;
                    sdmx-dimension:refPeriod "2020"^^xsd:gYear ;
                    sdmx-dimension:refArea <division/420105> ;
                    dkg:scope dkg:wholeReport ;
                    dkg:applicationRow application-row:newReceived ;
                    dkg:applicantType applicant:natural ;
                    sdmx-measure:obsValue 204 ;
                    dkg:status status:stated ;
                    dkg:approximate false ;
                    dkg:reportTable table:t3 ;
                    dkg:printedLabel "一、本年新收政府信息公开申请数量"@zh ;
                    prov:wasDerivedFrom <report/420105/2020> ;
                    dkg:sourceLine "60"^^xsd:positiveInteger ;
                    dkg:sourceText "一、本年新收政府信息公开申请数量 | 204"@zh .
                """), about(model, obs));
    }

    @Test
    void smallestReportGraphIsExactlyReportBodyObservationAndStructure() {
        ReportFacts facts = new ReportFacts("a.pdf", "application/pdf", SampleReports.SHA, "UTF-8", false,
                new org.disclosurekg.extract.ReportIdentity("", "某开发区管委会", false, null, "", 2021,
                        org.disclosurekg.extract.Template.V2021, ""),
                List.of(new Fact(new FactKey(ReportTable.NARRATIVE, "", "proactive.items", ""), new BigDecimal("3000"),
                        true, "余", "条", "", "", new SourceRef(7, 2), "主动公开政府信息3000余条")), List.of());
        String body = "body/x/" + Iris.slug("b", "某开发区管委会");
        String report = "report/x/" + Iris.slug("b", "某开发区管委会") + "/2021";
        Model expected = turtle("""
                <%1$s> a dkg:AnnualReport , prov:Entity ; rdfs:label "某开发区管委会2021年政府信息公开工作年度报告"@zh ;
                    dkg:template template:2021 ; dkg:reportYear "2021"^^xsd:gYear ;
                    dkg:divisionNote "no division identified" ; dkg:issuedBy <%2$s> ;
                    dkg:sourceFileName "a.pdf" ; dkg:sha256 "%3$s" ; dkg:sourceCharset "UTF-8" ;
                    dkg:convertedFromTraditional false ;
                    dcterms:format <http://www.iana.org/assignments/media-types/application/pdf> .
                <http://www.iana.org/assignments/media-types/application/pdf> a dcterms:MediaType .
                <%2$s> a dkg:GovernmentBody , org:Organization ;
                    skos:prefLabel "某开发区管委会"@zh ; rdfs:label "某开发区管委会"@zh .
                <%1$s/obs/narrative/proactive.items> a qb:Observation ;
                    qb:dataSet <dataset/narrative> ; dkg:report <%1$s> ; dkg:scope dkg:wholeReport ;
                    sdmx-dimension:refPeriod "2021"^^xsd:gYear ; dkg:narrativeMetric narrative:proactive.items ;
                    sdmx-measure:obsValue 3000 ; dkg:status status:stated ; dkg:approximate true ;
                    dkg:qualifier "余"@zh ; dkg:unit "条" ; dkg:reportTable table:narrative ;
                    prov:wasDerivedFrom <%1$s> ; dkg:sourceLine "7"^^xsd:positiveInteger ;
                    dkg:sourcePage "2"^^xsd:positiveInteger ; dkg:sourceText "主动公开政府信息3000余条"@zh .
                """.formatted(report, body, SampleReports.SHA));
        new CubeStructures(IRIS).add(expected, List.of(CubeDataset.NARRATIVE));
        assertIsomorphic(expected, map(facts, List.of()));
    }

    @Test
    void reportCarriesSourceFileYearTemplateBodyAndDivision() {
        Model model = map(SampleReports.hanyang2020(), List.of());
        assertIsomorphic(turtle("""
                <report/420105/2020> a dkg:AnnualReport , prov:Entity ;
                    rdfs:label "武汉市汉阳区人民政府2020年政府信息公开工作年度报告"@zh ;
                    dcterms:title "武汉市汉阳区人民政府2020年政府信息公开工作年度报告"@zh ;
                    dkg:template template:2019 ;
                    dkg:reportYear "2020"^^xsd:gYear ;
                    dkg:division <division/420105> ;
                    dkg:issuedBy <body/420105> ;
                    dkg:sourceFileName "420105-2020-hanyang.txt" ;
                    dkg:sha256 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
                    dkg:sourceCharset "UTF-8" ;
                    dkg:convertedFromTraditional false ;
                    dcterms:format <http://www.iana.org/assignments/media-types/text/plain> .
                """), about(model, model.createResource(HANYANG)));
        assertIsomorphic(turtle("""
                <body/420105> a dkg:GovernmentBody , org:Organization ;
                    skos:prefLabel "武汉市汉阳区人民政府"@zh ; rdfs:label "武汉市汉阳区人民政府"@zh ;
                    dkg:division <division/420105> .
                """), about(model, model.createResource(GraphAssertions.BASE + "body/420105")));
    }

    @Test
    void divisionComesWithItsChainUpToTheProvince() {
        Model model = map(SampleReports.hanyang2020(), List.of());
        assertIsomorphic(turtle("""
                <division/420105> a dkg:Division , skos:Concept ; skos:inScheme <division> ;
                    skos:notation "420105" ; skos:prefLabel "汉阳区"@zh ; dkg:level level:county ;
                    skos:broader <division/420100> ; skos:exactMatch wd:Q1205133 .
                """), about(model, model.createResource(GraphAssertions.BASE + "division/420105")));
        Resource hubei = model.createResource(GraphAssertions.BASE + "division/420000");
        assertTrue(model.contains(model.createResource(GraphAssertions.BASE + "division/420100"),
                org.apache.jena.vocabulary.SKOS.broader, hubei));
        assertTrue(model.contains(hubei, org.apache.jena.vocabulary.SKOS.topConceptOf,
                model.createResource(GraphAssertions.BASE + "division")));
    }

    @Test
    void blankCellIsMissingAndHasNoValue() {
        Model model = map(SampleReports.hanyang2020(), List.of());
        Resource obs = obs(model, "report/420105/2020/obs/t3/denied.stateSecret/research");
        assertTrue(model.contains(obs, DKG.status, CodeList.STATUS.concept("missing")));
        assertFalse(model.contains(obs, SDMX.obsValue));
        assertTrue(model.contains(obs, DKG.applicationRow, CodeList.APPLICATION_ROW.concept("denied.stateSecret")));
    }

    @Test
    void decimalsAndApproximateNumbersKeepTheirForm() {
        Model model = map(SampleReports.hanyang2020(), List.of());
        Resource amount = obs(model, "report/420105/2020/obs/t2/procurement/amountWanYuan");
        assertEquals("17474.57", model.getProperty(amount, SDMX.obsValue).getLiteral().getLexicalForm());
        assertEquals(org.apache.jena.vocabulary.XSD.decimal.getURI(),
                model.getProperty(amount, SDMX.obsValue).getLiteral().getDatatypeURI());
        assertIsomorphic(turtle("""
                <report/420105/2020/obs/narrative/hotline.calls> sdmx-measure:obsValue 1500 ;
                    dkg:approximate true ; dkg:qualifier "余"@zh ; dkg:unit "个" .
                """), subset(model, obs(model, "report/420105/2020/obs/narrative/hotline.calls"),
                SDMX.obsValue, DKG.approximate, DKG.qualifier, DKG.unit));
    }

    @Test
    void channelNumbersGoToTheChannelsDataSetWithTheirChannelAndAccount() {
        Model model = map(SampleReports.hanyang2020(), List.of());
        Resource weibo = obs(model, "report/420105/2020/obs/narrative/channel.weibo.posts");
        assertTrue(model.contains(weibo, QB.dataSet, model.createResource(IRIS.dataset("channels"))));
        assertTrue(model.contains(weibo, DKG.channel, CodeList.CHANNEL.concept("weibo")));
        assertTrue(model.contains(weibo, DKG.account, model.createLiteral("汉阳发布", "zh")));
        Resource hotline = obs(model, "report/420105/2020/obs/narrative/hotline.calls");
        assertTrue(model.contains(hotline, QB.dataSet, model.createResource(IRIS.dataset("narrative"))));
        assertFalse(model.contains(hotline, DKG.channel));
    }

    @Test
    void findingBecomesCheckOnTheReportInvolvingItsObservations() {
        Model model = map(SampleReports.hanyang2020(), SampleReports.hanyangFindings());
        Resource check = model.createResource(HANYANG + "/check/columnBalance/natural");
        // carriedOver/natural is not among the facts, so the check cannot point at it.
        assertIsomorphic(turtle("""
                <report/420105/2020/check/columnBalance/natural> a dkg:AccountingCheck , dqv:QualityMeasurement ;
                    dqv:computedOn <report/420105/2020> ;
                    dqv:isMeasurementOf rule:columnBalance ;
                    dqv:value false ;
                    dkg:statedValue 204 ; dkg:computedValue 207 ;
                    dkg:checkSubject applicant:natural ;
                    dkg:reportTable table:t3 ; dkg:scope dkg:wholeReport ;
                    dkg:involves <report/420105/2020/obs/t3/newReceived/natural> ;
                    rdfs:comment "一 + 二 = 207, 七 + 四 says 204"@en .
                """), about(model, check));
    }

    @Test
    void extractionNoteIsAnnotationOfTheReport() {
        Model model = map(SampleReports.hanyang2020(), List.of());
        assertIsomorphic(turtle("""
                <report/420105/2020/note/1> a dkg:ExtractionNote , dqv:QualityAnnotation ;
                    oa:hasTarget <report/420105/2020> ; oa:motivatedBy dqv:qualityAssessment ;
                    dkg:noteCode "ambiguousSplit" ;
                    rdfs:comment "row (六)其他处理 has 8 numbers for 7 columns"@en ;
                    dkg:sourceLine "80"^^xsd:positiveInteger .
                """), about(model, model.createResource(HANYANG + "/note/1")));
    }

    @Test
    void legacyIndicatorsKeepTheirLabelAndMapToTheLaterConcepts() {
        Model model = map(SampleReports.pingtan2011(), List.of());
        String report = IRIS.report(SampleReports.pingtan2011().identity());
        Resource granted = model.createResource(report + "/obs/legacy/granted/thisYear");
        assertIsomorphic(turtle("""
                <%s> dkg:legacyIndicator "同意公开答复数"@zh ; dkg:legacyColumn legacy-column:thisYear ;
                    dkg:indicatorConcept application-row:granted ; dkg:printedLabel "其中：1.同意公开答复数"@zh ;
                    qb:dataSet <dataset/legacy> .
                """.formatted(granted.getURI())), subset(model, granted, DKG.legacyIndicator, DKG.legacyColumn,
                DKG.indicatorConcept, DKG.printedLabel, QB.dataSet));
        assertTrue(model.contains(model.createResource(report + "/obs/legacy/channel.website.posts/cumulative"),
                DKG.indicatorConcept, CodeList.NARRATIVE.concept("channel.website.posts")));
        assertTrue(model.contains(model.createResource(report + "/obs/legacy/proactive.items/thisYear"),
                DKG.indicatorConcept, CodeList.NARRATIVE.concept("proactive.items")));
    }

    @Test
    void unknownLegacyIndicatorGetsHashedKeyAndNoConcept() {
        Model model = map(SampleReports.pingtan2011(), List.of());
        String report = IRIS.report(SampleReports.pingtan2011().identity());
        Resource appeal = model.createResource(report + "/obs/legacy/" + Iris.slug("l", "行政申诉数") + "/thisYear");
        assertTrue(model.contains(appeal, DKG.legacyIndicator, model.createLiteral("行政申诉数", "zh")));
        assertFalse(model.contains(appeal, DKG.indicatorConcept));
    }

    @Test
    void twoIndicatorsMeaningTheSameConceptDoNotShareAnIri() {
        ReportFacts base = SampleReports.pingtan2011();
        List<Fact> facts = new ArrayList<>(base.facts());
        facts.add(SampleReports.legacy("政府网站公开数", "thisYear", "400", "政府网站公开数", 50));
        Model model = map(withFacts(base, facts), List.of());
        Set<Resource> websiteObservations = model.listSubjectsWithProperty(DKG.indicatorConcept,
                CodeList.NARRATIVE.concept("channel.website.posts")).toSet();
        assertEquals(3, websiteObservations.size(), "网站公开 ×2 columns and 政府网站公开数 stay apart");
    }

    @Test
    void reportWithoutDivisionHasNoteAndNoArea() {
        Model model = map(SampleReports.pingtan2011(), List.of());
        Resource report = model.createResource(IRIS.report(SampleReports.pingtan2011().identity()));
        assertTrue(report.getURI().startsWith(GraphAssertions.BASE + "report/x/b"), report.getURI());
        assertFalse(model.contains(report, DKG.division));
        assertEquals("development zone without a GB/T 2260 code", report.getProperty(DKG.divisionNote).getString());
        assertFalse(model.contains(null, SDMX.refArea, (RDFNode) null));
        assertFalse(model.contains(null, org.apache.jena.vocabulary.RDF.type, DKG.Division));
        assertEquals("http://www.pingtan.gov.cn/a.html", report.getProperty(DKG.sourceUrl).getString());
    }

    @Test
    void subScopesAreResourcesOfTheReportAndSeparateObservations() {
        Model model = map(SampleReports.wuchangScopes(), List.of());
        String report = IRIS.report(SampleReports.wuchangScopes().identity());
        String government = Iris.slug("s", "区政府");
        Resource obs = model.createResource(report + "/obs/narrative/" + government + "/applications.received");
        Resource scope = model.createResource(report + "/scope/" + government);
        assertTrue(model.contains(obs, DKG.scope, scope));
        assertIsomorphic(turtle("""
                <%s> a dkg:Scope ; skos:prefLabel "区政府"@zh ; rdfs:label "区政府"@zh ; dcterms:isPartOf <%s> .
                """.formatted(scope.getURI(), report)), about(model, scope));
        assertEquals(2, model.listSubjectsWithProperty(DKG.narrativeMetric,
                CodeList.NARRATIVE.concept("applications.received")).toList().size());
    }

    @Test
    void departmentReportWithoutTitleIsLabelledByItsBodyAndYearAndIssuedByItsOwnBody() {
        Model model = map(SampleReports.wuchangScopes(), List.of());
        Resource report = model.createResource(IRIS.report(SampleReports.wuchangScopes().identity()));
        assertEquals(model.createLiteral("武汉市武昌区人民政府办公室2020年政府信息公开工作年度报告", "zh"),
                report.getProperty(org.apache.jena.vocabulary.RDFS.label).getObject());
        assertFalse(model.contains(report, org.apache.jena.vocabulary.DCTerms.title));
        Resource body = model.createResource(GraphAssertions.BASE + "body/420106/" + Iris.slug("b", "武汉市武昌区人民政府办公室"));
        assertTrue(model.contains(report, DKG.issuedBy, body));
        assertTrue(model.contains(report, DKG.convertedFromTraditional, model.createTypedLiteral(true)));
    }

    @Test
    void secondNumberForTheSameKeyIsLeftOutWithANote() {
        ReportFacts base = SampleReports.hanyang2020();
        List<Fact> facts = new ArrayList<>(base.facts());
        facts.add(new Fact(new FactKey(ReportTable.T3, "", "newReceived", "natural"), new BigDecimal("999"),
                false, "", "", "", "", SourceRef.line(120), "204 again"));
        Model model = map(withFacts(base, facts), List.of());
        Resource obs = obs(model, "report/420105/2020/obs/t3/newReceived/natural");
        assertEquals(List.of("204"), model.listObjectsOfProperty(obs, SDMX.obsValue)
                .mapWith(n -> n.asLiteral().getLexicalForm()).toList());
        Resource note = model.createResource(HANYANG + "/note/2");
        assertEquals(DuplicateFacts.CODE, note.getProperty(DKG.noteCode).getString());
        assertTrue(note.getProperty(org.apache.jena.vocabulary.RDFS.comment).getString().contains("line 60"));
    }

    @Test
    void onlyTheDataSetsUsedAreDescribed() {
        Model model = map(SampleReports.wuchangScopes(), List.of());
        Set<String> datasets = model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, QB.DataSet)
                .mapWith(Resource::getURI).toSet();
        assertEquals(Set.of(IRIS.dataset("narrative")), datasets);
    }

    @Test
    void everySampleGraphConformsToTheShapesAndUsesDeclaredTermsOnly() {
        ReportValidator validator = new ReportValidator();
        for (ReportFacts facts : List.of(SampleReports.hanyang2020(), SampleReports.pingtan2011(),
                SampleReports.wuchangScopes())) {
            ValidationResult result = validator.validate(map(facts, SampleReports.hanyangFindings()));
            assertTrue(result.conforms(), facts.sourceName() + ":\n" + result);
        }
    }

    @Test
    void mappingIsDeterministic() {
        assertIsomorphic(map(SampleReports.hanyang2020(), SampleReports.hanyangFindings()),
                map(SampleReports.hanyang2020(), SampleReports.hanyangFindings()));
    }

    @Test
    void everyDesignKeyOfEveryTableMapsToADeclaredConcept() {
        List<Fact> facts = new ArrayList<>();
        int line = 1;
        for (String row : DesignKeys.T3_ROWS) {
            for (String column : DesignKeys.T3_COLUMNS) {
                facts.add(SampleReports.table(ReportTable.T3, row, column, "1", "", line++, "1"));
            }
        }
        for (String row : DesignKeys.NARRATIVE) {
            facts.add(SampleReports.narrative("", row, "1", line++, "1"));
        }
        ValidationResult result = new ReportValidator().validate(map(withFacts(SampleReports.hanyang2020(), facts),
                List.of()));
        assertTrue(result.conforms(), result.toString());
    }

    @Test
    void keyMissingFromTheCodeListsIsReportedByTheValidator() {
        List<Fact> facts = List.of(SampleReports.narrative("", "complaints.received", "3", 9, "收到投诉3件"));
        ValidationResult result = new ReportValidator().validate(map(withFacts(SampleReports.hanyang2020(), facts),
                List.of()));
        assertFalse(result.conforms());
        assertTrue(result.problems().stream().anyMatch(p -> p.contains("narrative:complaints.received")),
                result.toString());
    }

    private static ReportFacts withFacts(ReportFacts base, List<Fact> facts) {
        return new ReportFacts(base.sourceName(), base.mediaType(), base.sha256(), base.charset(), base.traditional(),
                base.identity(), facts, base.notes());
    }

    private static Model subset(Model model, Resource subject, org.apache.jena.rdf.model.Property... properties) {
        Set<org.apache.jena.rdf.model.Property> wanted = Set.of(properties);
        Model out = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        out.add(model.listStatements(subject, null, (RDFNode) null).filterKeep(s -> wanted.contains(s.getPredicate()))
                .toList());
        return out;
    }
}
