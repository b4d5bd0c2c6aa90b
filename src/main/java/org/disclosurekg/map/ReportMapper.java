package org.disclosurekg.map;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.disclosurekg.check.Finding;
import org.disclosurekg.extract.ReportFacts;

/** Maps one report's facts and findings to an RDF graph. */
public final class ReportMapper {
    private final Iris iris;

    public ReportMapper(Iris iris) {
        this.iris = iris;
    }

    /** The graph of one report, its observations under {@code reportIri}. */
    public Model map(ReportFacts facts, List<Finding> findings, String reportIri) {
        return ModelFactory.createDefaultModel();
    }

    public Iris iris() {
        return iris;
    }
}
