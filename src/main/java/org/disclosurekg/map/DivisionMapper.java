package org.disclosurekg.map;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.disclosurekg.extract.Division;
import org.disclosurekg.extract.Gazetteer;
import org.disclosurekg.vocab.CodeList;
import org.disclosurekg.vocab.DKG;

/**
 * Writes GB/T 2260 divisions as concepts of the division scheme: code, name, level, parent and the
 * Wikidata item. A division is written with the same triples wherever it appears, so report graphs and
 * the whole scheme merge cleanly.
 */
final class DivisionMapper {
    /** Wikidata's entity namespace (the {@code /entity/} IRI, not the {@code /wiki/} page). */
    static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** Where the bundled division list was taken from (see {@code data/divisions.README.md}). */
    static final String AREACODES = "https://github.com/yescallop/areacodes";

    private static final int MAX_DEPTH = 4;

    private final Iris iris;
    private final Gazetteer gazetteer;

    DivisionMapper(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.gazetteer = gazetteer;
    }

    /** Writes the division scheme's own description. */
    Resource scheme(Model model) {
        return model.createResource(iris.divisionScheme())
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, Literals.zh("中华人民共和国县级以上行政区划"))
                .addProperty(SKOS.prefLabel, Literals.en("Administrative divisions of China (GB/T 2260)"))
                .addProperty(RDFS.comment, Literals.en("Province-, prefecture- and county-level divisions by "
                        + "their GB/T 2260 code, as in the Ministry of Civil Affairs year-end list of 2024-12-31 "
                        + "(collected with their history by the yescallop/areacodes repository)."))
                .addProperty(DCTerms.source, ResourceFactory.createResource(AREACODES));
    }

    /** Writes the division with this code and every division above it; the division's resource. */
    Resource withAncestors(Model model, String code, Integer year) {
        Resource scheme = scheme(model);
        Resource first = model.createResource(iris.division(code));
        String next = code;
        for (int depth = 0; next != null && depth < MAX_DEPTH; depth++) {
            Optional<Division> division = lookup(next, year);
            if (division.isEmpty()) {
                describeUnknown(model, next, scheme);
                break;
            }
            describe(model, division.get(), scheme);
            next = division.get().parentCode().isEmpty() ? null : division.get().parentCode();
        }
        return first;
    }

    /** Writes one division's own triples. */
    Resource describe(Model model, Division division, Resource scheme) {
        Resource r = model.createResource(iris.division(division.code()))
                .addProperty(RDF.type, DKG.Division)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, scheme)
                .addProperty(SKOS.notation, division.code())
                .addProperty(SKOS.prefLabel, Literals.zh(division.name()))
                .addProperty(DKG.level, CodeList.LEVEL.concept(division.level()));
        if (division.parentCode().isEmpty()) {
            r.addProperty(SKOS.topConceptOf, scheme);
        } else {
            r.addProperty(SKOS.broader, model.createResource(iris.division(division.parentCode())));
        }
        gazetteer.wikidataItem(division.code())
                .ifPresent(q -> r.addProperty(SKOS.exactMatch, model.createResource(WIKIDATA + q)));
        return r;
    }

    /** The current division of the code, else the one the code named in the report's year. */
    private Optional<Division> lookup(String code, Integer year) {
        Optional<Division> current = gazetteer.byCode(code);
        return current.isPresent() || year == null ? current : gazetteer.byCode(code, year);
    }

    /** A code the gazetteer does not know: only what the code itself says (the shapes then flag the label). */
    private void describeUnknown(Model model, String code, Resource scheme) {
        model.createResource(iris.division(code))
                .addProperty(RDF.type, DKG.Division)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, scheme)
                .addProperty(SKOS.notation, code);
    }
}
