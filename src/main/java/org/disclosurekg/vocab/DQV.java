package org.disclosurekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the W3C Data Quality Vocabulary that Disclosure KG uses. */
public final class DQV {
    /** The DQV namespace. */
    public static final String NS = "http://www.w3.org/ns/dqv#";

    /** A measured value of a metric on a resource. */
    public static final Resource QualityMeasurement = resource("QualityMeasurement");
    /** A note about the quality of a resource. */
    public static final Resource QualityAnnotation = resource("QualityAnnotation");
    /** A standard to measure a quality dimension. */
    public static final Resource Metric = resource("Metric");
    /** The motivation of quality annotations. */
    public static final Resource qualityAssessment = resource("qualityAssessment");

    /** The resource a measurement was computed on. */
    public static final Property computedOn = property("computedOn");
    /** The metric a measurement measures. */
    public static final Property isMeasurementOf = property("isMeasurementOf");
    /** The value of a measurement. */
    public static final Property value = property("value");

    private DQV() {
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
