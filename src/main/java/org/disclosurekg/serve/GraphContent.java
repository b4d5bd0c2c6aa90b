package org.disclosurekg.serve;

import java.util.List;

/**
 * Everything one load publishes.
 *
 * @param graphs the named graphs; the default graph is their union
 * @param observationsCsv the tidy CSV of every stated number (the {@code observations.csv} download)
 * @param failures the inputs that could not be converted, each "file: reason"
 */
public record GraphContent(List<NamedGraph> graphs, String observationsCsv, List<String> failures) {
    public GraphContent {
        graphs = List.copyOf(graphs);
        failures = List.copyOf(failures);
    }

    /** The number of report graphs. */
    public int reportCount() {
        return (int) graphs.stream().filter(g -> g.kind() == NamedGraph.Kind.REPORT).count();
    }
}
