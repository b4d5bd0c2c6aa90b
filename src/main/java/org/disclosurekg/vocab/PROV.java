package org.disclosurekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C PROV-O that Disclosure KG uses. */
public final class PROV {
    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** A thing with provenance. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    /** The entity something was derived from. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    /** When an entity came into being. */
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");

    private PROV() {
    }

    /** The namespace IRI. */
    public static String getURI() {
        return NS;
    }
}
