package org.disclosurekg.map;

import static org.disclosurekg.map.GraphAssertions.about;
import static org.disclosurekg.map.GraphAssertions.assertIsomorphic;
import static org.disclosurekg.map.GraphAssertions.turtle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.disclosurekg.extract.Gazetteer;
import org.disclosurekg.validate.ReportValidator;
import org.disclosurekg.validate.ValidationResult;
import org.disclosurekg.vocab.DKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DivisionSchemeMapperTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static Model scheme;

    @BeforeAll
    static void mapScheme() {
        scheme = new DivisionSchemeMapper(IRIS).map();
    }

    @Test
    void everyCurrentDivisionIsAConceptOfTheScheme() {
        int divisions = Gazetteer.get().current().size();
        assertEquals(divisions, scheme.listSubjectsWithProperty(RDF.type, DKG.Division).toList().size());
        assertEquals(divisions, scheme.listSubjectsWithProperty(SKOS.inScheme,
                scheme.createResource(IRIS.divisionScheme())).toList().size());
    }

    @Test
    void hanyangHasItsParentNameLevelAndWikidataItem() {
        Resource hanyang = scheme.createResource(IRIS.division("420105"));
        assertIsomorphic(turtle("""
                <division/420105> a dkg:Division , skos:Concept ; skos:inScheme <division> ;
                    skos:notation "420105" ; skos:prefLabel "汉阳区"@zh ; dkg:level level:county ;
                    skos:broader <division/420100> ; skos:exactMatch wd:Q1205133 .
                """), about(scheme, hanyang));
    }

    @Test
    void provincesAreTopConceptsAndEveryParentIsInTheScheme() {
        Resource root = scheme.createResource(IRIS.divisionScheme());
        assertTrue(scheme.contains(root, SKOS.hasTopConcept, scheme.createResource(IRIS.division("420000"))));
        scheme.listObjectsOfProperty(SKOS.broader).forEach(parent ->
                assertTrue(scheme.contains(parent.asResource(), RDF.type, DKG.Division), parent + " is a parent only"));
    }

    @Test
    void wikidataLinksRecordWhereTheyComeFrom() {
        Resource linkset = scheme.createResource(new DivisionSchemeMapper(IRIS).linksetIri());
        assertTrue(scheme.contains(linkset, RDF.type, VOID.Linkset));
        assertTrue(scheme.contains(linkset, VOID.linkPredicate, SKOS.exactMatch));
        assertTrue(scheme.contains(linkset, org.apache.jena.vocabulary.DCTerms.source, (RDFNode) null));
        long links = scheme.listStatements(null, SKOS.exactMatch, (RDFNode) null).toList().size();
        assertEquals(Gazetteer.get().current().stream().filter(d -> Gazetteer.get().wikidataItem(d.code()).isPresent())
                .count(), links);
    }

    @Test
    void schemeConformsToTheShapes() {
        ValidationResult result = new ReportValidator().validate(scheme);
        assertTrue(result.conforms(), result.toString());
    }
}
