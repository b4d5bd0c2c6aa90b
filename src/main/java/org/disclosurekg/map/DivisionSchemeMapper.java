package org.disclosurekg.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.disclosurekg.extract.Division;
import org.disclosurekg.extract.Gazetteer;
import org.disclosurekg.vocab.PROV;
import org.disclosurekg.vocab.Prefixes;

/**
 * Maps the whole bundled gazetteer (every current division) to one SKOS concept scheme, for a server to
 * load as its own named graph, with a VoID linkset recording where the Wikidata links come from.
 */
public final class DivisionSchemeMapper {
    /** The file the Wikidata links were copied from (see {@code data/wikidata-links.README.md}). */
    static final String LINKS_SOURCE = "https://github.com/celebrateyang/newlook/blob/"
            + "01798f79735de55d6cd5ea11d2b3b208bc25caf1/shared/regions/centers.json";

    private final Iris iris;
    private final Gazetteer gazetteer;

    public DivisionSchemeMapper(Iris iris) {
        this(iris, Gazetteer.get());
    }

    DivisionSchemeMapper(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.gazetteer = gazetteer;
    }

    /** The IRI of the linkset of Wikidata links: {@code id/dataset/division-wikidata-links}. */
    public String linksetIri() {
        return iris.dataset("division-wikidata-links");
    }

    /** The scheme with every current division and the linkset's description. */
    public Model map() {
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.withBase(iris.base()));
        DivisionMapper divisions = new DivisionMapper(iris, gazetteer);
        Resource scheme = divisions.scheme(model);
        for (Division division : gazetteer.current()) {
            divisions.describe(model, division, scheme);
            if (division.parentCode().isEmpty()) {
                scheme.addProperty(SKOS.hasTopConcept, model.createResource(iris.division(division.code())));
            }
        }
        linkset(model, scheme);
        return model;
    }

    private void linkset(Model model, Resource scheme) {
        model.createResource(linksetIri())
                .addProperty(RDF.type, VOID.Linkset)
                .addProperty(RDFS.label, Literals.en("Links from divisions to Wikidata items"))
                .addProperty(RDFS.comment, Literals.en("Each link joins a GB/T 2260 code to the one Wikidata item "
                        + "that carries it in P442 and whose Chinese label equals the division's name; codes "
                        + "without exactly one such item have no link. Retrieved from Wikidata on 2026-10-03."))
                .addProperty(VOID.linkPredicate, SKOS.exactMatch)
                .addProperty(VOID.subjectsTarget, scheme)
                .addProperty(VOID.objectsTarget, model.createResource("http://www.wikidata.org/"))
                .addProperty(DCTerms.source, model.createResource(LINKS_SOURCE))
                .addProperty(DCTerms.license, model.createResource("http://creativecommons.org/publicdomain/zero/1.0/"))
                .addProperty(PROV.generatedAtTime,
                        model.createTypedLiteral("2026-10-03T08:41:41.977Z", XSDDatatype.XSDdateTime));
    }
}
