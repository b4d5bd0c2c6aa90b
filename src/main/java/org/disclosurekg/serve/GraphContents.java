package org.disclosurekg.serve;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosurekg.Converter;
import org.disclosurekg.map.DivisionSchemeMapper;
import org.disclosurekg.map.Iris;
import org.disclosurekg.map.TidyCsvWriter;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.Ontology;

/**
 * Makes the content of a load from report files: the ontology, the division scheme (every division of the
 * gazetteer), one graph per report, and the tidy CSV.
 */
public final class GraphContents {
    private GraphContents() {
    }

    /** Converts the inputs with IRIs under the base; files that fail are listed, not fatal. */
    public static GraphContent convert(String base, List<Path> inputs) {
        Converter converter = new Converter(base);
        Converter.Batch batch = converter.convertAll(inputs);
        List<NamedGraph> graphs = new ArrayList<>(reference(converter.iris()));
        batch.reports().forEach(r -> graphs.add(new NamedGraph(r.reportIri(), NamedGraph.Kind.REPORT, r.model())));
        List<String> failures = batch.failures().stream().map(Converter.Failure::toString).toList();
        return new GraphContent(graphs, csv(batch), failures);
    }

    /** The graphs every load has whatever the reports: the ontology and the division scheme. */
    public static List<NamedGraph> reference(Iris iris) {
        return List.of(new NamedGraph(DKG.ONTOLOGY, NamedGraph.Kind.ONTOLOGY, Ontology.copy()),
                new NamedGraph(iris.divisionScheme(), NamedGraph.Kind.DIVISIONS, new DivisionSchemeMapper(iris).map()));
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
