package org.disclosurekg.serve;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the server publishes once the graph is loaded: the store, how its IRIs map to paths, the dumps and
 * the VoID description.
 */
public record Publication(Links links, GraphStore store, LoadRecord record, Downloads downloads, Model voidModel,
        ExampleQueries queries, CodeLabels codes) {
    public DatasetGraph dataset() {
        return store.dataset();
    }
}
