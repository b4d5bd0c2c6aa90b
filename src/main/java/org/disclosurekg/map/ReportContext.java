package org.disclosurekg.map;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.disclosurekg.vocab.DKG;

/**
 * What every observation and check of one report shares: the report, its year and division, and its
 * scopes (written on first use).
 */
final class ReportContext {
    private final Model model;
    private final Iris iris;
    private final Resource report;
    private final Literal year;
    private final Resource division;
    private final Map<String, Resource> scopes = new HashMap<>();

    ReportContext(Model model, Iris iris, Resource report, Literal year, Resource division) {
        this.model = model;
        this.iris = iris;
        this.report = report;
        this.year = year;
        this.division = division;
    }

    Model model() {
        return model;
    }

    Iris iris() {
        return iris;
    }

    Resource report() {
        return report;
    }

    /** The report year as {@code xsd:gYear}, or {@code null} when unknown. */
    Literal year() {
        return year;
    }

    /** The report's division, or {@code null} when unknown. */
    Resource division() {
        return division;
    }

    /** The scope resource: {@code dkg:wholeReport} for the empty scope, else the report's named sub-scope. */
    Resource scope(String name) {
        if (name.isEmpty()) {
            return DKG.wholeReport;
        }
        return scopes.computeIfAbsent(name, n -> model.createResource(iris.scope(report.getURI(), n))
                .addProperty(RDF.type, DKG.Scope)
                .addProperty(SKOS.prefLabel, Literals.zh(n))
                .addProperty(RDFS.label, Literals.zh(n))
                .addProperty(DCTerms.isPartOf, report));
    }
}
