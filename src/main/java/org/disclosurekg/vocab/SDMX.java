package org.disclosurekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SDMX-RDF component properties that Disclosure KG reuses as Data Cube dimensions and measure. */
public final class SDMX {
    /** The SDMX-RDF dimension namespace. */
    public static final String DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#";
    /** The SDMX-RDF measure namespace. */
    public static final String MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#";

    /** The area an observation is about: the report's administrative division. */
    public static final Property refArea = ResourceFactory.createProperty(DIMENSION + "refArea");
    /** The period an observation is about: the report year, as an {@code xsd:gYear} literal. */
    public static final Property refPeriod = ResourceFactory.createProperty(DIMENSION + "refPeriod");
    /** The observed value. */
    public static final Property obsValue = ResourceFactory.createProperty(MEASURE + "obsValue");

    private SDMX() {
    }
}
