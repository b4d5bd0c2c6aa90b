package org.disclosurekg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The ontology files, read once from the classpath ({@code ontology/} is a resource directory): the terms
 * and code lists as one read-only model, and the SHACL shapes.
 */
public final class Ontology {
    /** The classpath resources that make up the ontology, terms first. */
    public static final List<String> FILES = List.of("ontology/dkg.ttl", "ontology/dkg-codes.ttl");

    /** The classpath resource of the SHACL shapes. */
    public static final String SHAPES = "ontology/dkg-shapes.ttl";

    private static final Model ONTOLOGY = readOnly(load(FILES));

    private Ontology() {
    }

    /** The ontology terms and code lists together (read-only). */
    public static Model model() {
        return ONTOLOGY;
    }

    /** The SHACL shapes a converted report graph must satisfy (read-only). */
    public static Model shapes() {
        return ShapesHolder.SHAPES_MODEL;
    }

    /** Loads the shapes on first use only: the mapper needs the ontology but not the shapes. */
    private static final class ShapesHolder {
        private static final Model SHAPES_MODEL = readOnly(load(List.of(SHAPES)));
    }

    /** A fresh, writable copy of the ontology, e.g. for a server to load as its own named graph. */
    public static Model copy() {
        return ModelFactory.createDefaultModel().add(ONTOLOGY).setNsPrefixes(ONTOLOGY.getNsPrefixMap());
    }

    private static Model load(List<String> resources) {
        Model model = ModelFactory.createDefaultModel();
        for (String resource : resources) {
            try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + resource);
                }
                RDFParser.source(in).lang(Lang.TURTLE).base(DKG.ONTOLOGY).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return model;
    }

    private static Model readOnly(Model model) {
        Graph graph = new GraphReadOnly(model.getGraph());
        return ModelFactory.createModelForGraph(graph);
    }
}
