package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepresentationTest {
    @Test
    void browsersGetHtml() {
        assertEquals(Optional.of(Representation.HTML), Representation.negotiate(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    }

    @Test
    void rdfClientsGetWhatTheyAskFor() {
        assertEquals(Optional.of(Representation.TURTLE), Representation.negotiate("text/turtle"));
        assertEquals(Optional.of(Representation.JSONLD), Representation.negotiate("application/ld+json"));
        assertEquals(Optional.of(Representation.JSONLD), Representation.negotiate("application/json"));
        assertEquals(Optional.of(Representation.NTRIPLES), Representation.negotiate("application/n-triples"));
        assertEquals(Optional.of(Representation.RDFXML), Representation.negotiate("application/rdf+xml"));
        assertEquals(Optional.of(Representation.TURTLE),
                Representation.negotiate("application/rdf+xml;q=0.5, text/turtle;q=0.9"));
    }

    @Test
    void anythingAndNothingGetTheFirstOffer() {
        assertEquals(Optional.of(Representation.HTML), Representation.negotiate("*/*"));
        assertEquals(Optional.of(Representation.HTML), Representation.negotiate(null));
        List<Representation> rdfFirst = List.of(Representation.TURTLE, Representation.HTML);
        assertEquals(Optional.of(Representation.TURTLE), Representation.negotiate("*/*", rdfFirst));
        assertEquals(Optional.of(Representation.HTML), Representation.negotiate("text/html", rdfFirst));
    }

    @Test
    void anUnservableTypeIsNotAccepted() {
        assertTrue(Representation.negotiate("image/png").isEmpty());
    }

    @Test
    void extensionsNameTheForms() {
        assertEquals(Optional.of(Representation.TURTLE), Representation.ofExtension("ttl"));
        assertEquals(Optional.of(Representation.JSONLD), Representation.ofExtension("jsonld"));
        assertEquals(Optional.of(Representation.NTRIPLES), Representation.ofExtension("nt"));
        assertEquals(Optional.of(Representation.RDFXML), Representation.ofExtension("rdf"));
        assertTrue(Representation.ofExtension("docx").isEmpty());
    }
}
