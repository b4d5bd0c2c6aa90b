package org.disclosurekg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/** The pages' own queries: SPARQL with the project prefixes, values bound by substitution, never by splicing. */
public final class Sparql {
    private Sparql() {
    }

    /** Runs a SELECT with the project prefixes and the given bindings; the rows, all read. */
    public static List<Binding> select(DatasetGraph dataset, String query, Map<String, Node> bindings) {
        Query q = QueryFactory.create(prologue() + query);
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder b = QueryExec.newBuilder().dataset(dataset).query(q);
            bindings.forEach(b::substitution);
            List<Binding> rows = new ArrayList<>();
            try (QueryExec exec = b.build()) {
                RowSet rs = exec.select();
                // A TDB2 binding reads its nodes lazily: copy them while the transaction is open.
                rs.forEachRemaining(row -> rows.add(BindingFactory.copy(row)));
            }
            return rows;
        });
    }

    /** Runs a SELECT without bindings. */
    public static List<Binding> select(DatasetGraph dataset, String query) {
        return select(dataset, query, Map.of());
    }

    /** A number a one-row query binds to {@code ?n}, 0 when unbound. */
    public static long count(DatasetGraph dataset, String query) {
        List<Binding> rows = select(dataset, query);
        Node n = rows.isEmpty() ? null : rows.get(0).get("n");
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    /** The project prefixes as SPARQL {@code PREFIX} lines. */
    public static String prologue() {
        StringBuilder sb = new StringBuilder();
        QueryPrefixes.mapping().getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <")
                .append(ns).append(">\n"));
        return sb.toString();
    }
}
