package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinksTest {
    @Test
    void ownIrisMapToLocalPathsWhateverTheBase() {
        Links links = new Links("https://example.org/");
        assertEquals("/id/division/420105", links.href("https://example.org/id/division/420105"));
        assertEquals("https://example.org/id/division/420105", links.iri("/id/division/420105"));
    }

    @Test
    void ontologyTermsMapToAnchorsOfTheOntologyPage() {
        Links links = new Links("http://127.0.0.1:3030");
        assertEquals("/ontology#AnnualReport", links.href("https://w3id.org/disclosure-kg/def#AnnualReport"));
        assertEquals("/ontology#code-application-row-denied.stateSecret",
                links.href("https://w3id.org/disclosure-kg/def/code/application-row/denied.stateSecret"));
    }

    @Test
    void otherIrisStayAsTheyAre() {
        Links links = new Links("http://127.0.0.1:3030/");
        assertEquals("http://www.wikidata.org/entity/Q1", links.href("http://www.wikidata.org/entity/Q1"));
    }
}
