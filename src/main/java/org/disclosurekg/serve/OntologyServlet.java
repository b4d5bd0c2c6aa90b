package org.disclosurekg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;

/** {@code /ontology}: the ontology and its code lists as Turtle (or other RDF), or as a page to read. */
final class OntologyServlet extends PageServlet {
    private static final List<Representation> OFFERS = List.of(Representation.TURTLE, Representation.HTML,
            Representation.JSONLD, Representation.NTRIPLES, Representation.RDFXML);

    OntologyServlet(Supplier<Publication> publication) {
        super(publication);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Publication pub = publication();
        Model ontology = ontology(pub.dataset());
        if (ontology.isEmpty()) {
            notFound(resp, "没有载入本体 · no ontology is loaded");
            return;
        }
        boolean ttl = req.getServletPath().endsWith(".ttl");
        Optional<Representation> form = ttl ? Optional.of(Representation.TURTLE)
                : Representation.negotiate(req.getHeader("Accept"), OFFERS);
        if (!ttl) {
            resp.setHeader("Vary", "Accept");
        }
        if (form.isEmpty()) {
            notAcceptable(resp, "text/turtle, text/html, application/ld+json, application/n-triples, application/rdf+xml");
        } else if (form.get() == Representation.HTML) {
            sendHtml(resp, 200, OntologyPage.render(pub.links(), ontology));
        } else {
            sendRdf(resp, ontology, form.get());
        }
    }

    /** The ontology's named graph: the graph named by the resource typed {@code owl:Ontology} in it. */
    static Model ontology(DatasetGraph dataset) {
        List<Binding> rows = Sparql.select(dataset, "SELECT ?g { GRAPH ?g { ?g a owl:Ontology } } ORDER BY ?g LIMIT 1");
        Node name = rows.isEmpty() ? NodeFactory.createURI(Links.ONTOLOGY) : rows.get(0).get("g");
        Model copy = ModelFactory.createDefaultModel();
        Txn.executeRead(dataset, () -> dataset.getGraph(name).find().forEach(copy.getGraph()::add));
        copy.setNsPrefixes(QueryPrefixes.mapping());
        return copy;
    }
}
