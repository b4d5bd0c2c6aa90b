package org.disclosurekg.serve;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.disclosurekg.Converter;
import org.disclosurekg.map.TidyCsvWriter;

/** Makes the content of a load from report files: one graph per report, the ontology, and the tidy CSV. */
public final class GraphContents {
    private GraphContents() {
    }

    /** Converts the inputs with IRIs under the base; files that fail are listed, not fatal. */
    public static GraphContent convert(String base, List<Path> inputs) {
        Converter.Batch batch = new Converter(base).convertAll(inputs);
        List<NamedGraph> graphs = new ArrayList<>();
        ontology().ifPresent(graphs::add);
        batch.reports().forEach(r -> graphs.add(new NamedGraph(r.reportIri(), NamedGraph.Kind.REPORT, r.model())));
        List<String> failures = batch.failures().stream().map(Converter.Failure::toString).toList();
        return new GraphContent(graphs, csv(batch), failures);
    }

    /** The bundled ontology files ({@code ontology/*.ttl} but the shapes) as one graph named by the ontology. */
    public static Optional<NamedGraph> ontology() {
        Map<String, String> files = ClasspathFolder.read("ontology", ".ttl");
        Model m = ModelFactory.createDefaultModel();
        files.forEach((name, text) -> {
            if (!name.contains("shapes")) {
                RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).base(Links.ONTOLOGY).parse(m);
            }
        });
        if (m.isEmpty()) {
            return Optional.empty();
        }
        String name = m.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList().stream().map(Resource::getURI)
                .filter(u -> u != null).sorted().findFirst().orElse(Links.ONTOLOGY);
        return Optional.of(new NamedGraph(name, NamedGraph.Kind.ONTOLOGY, m));
    }

    private static String csv(Converter.Batch batch) {
        try {
            StringWriter out = new StringWriter();
            TidyCsvWriter writer = new TidyCsvWriter(out);
            for (Converter.ConvertedReport r : batch.reports()) {
                writer.write(r.facts());
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tidy CSV", e);
        }
    }
}
