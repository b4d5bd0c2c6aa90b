package org.disclosurekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the W3C RDF Data Cube vocabulary that Disclosure KG uses. */
public final class QB {
    /** The Data Cube namespace. */
    public static final String NS = "http://purl.org/linked-data/cube#";

    /** A single observation of a data set. */
    public static final Resource Observation = resource("Observation");
    /** A collection of observations sharing one structure. */
    public static final Resource DataSet = resource("DataSet");
    /** The structure (dimensions, measures, attributes) of a data set. */
    public static final Resource DataStructureDefinition = resource("DataStructureDefinition");
    /** One component of a structure. */
    public static final Resource ComponentSpecification = resource("ComponentSpecification");
    /** A property that identifies an observation within its data set. */
    public static final Resource DimensionProperty = resource("DimensionProperty");
    /** A property that holds the observed value. */
    public static final Resource MeasureProperty = resource("MeasureProperty");
    /** A property that qualifies an observation. */
    public static final Resource AttributeProperty = resource("AttributeProperty");

    /** The data set an observation belongs to. */
    public static final Property dataSet = property("dataSet");
    /** The structure of a data set. */
    public static final Property structure = property("structure");
    /** A component of a structure. */
    public static final Property component = property("component");
    /** The dimension a component specifies. */
    public static final Property dimension = property("dimension");
    /** The measure a component specifies. */
    public static final Property measure = property("measure");
    /** The attribute a component specifies. */
    public static final Property attribute = property("attribute");
    /** The position of a dimension in the structure. */
    public static final Property order = property("order");
    /** Whether an attribute must be present on every observation. */
    public static final Property componentRequired = property("componentRequired");
    /** The code list of a coded dimension. */
    public static final Property codeList = property("codeList");

    private QB() {
    }

    /** The namespace IRI. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
