package org.disclosurekg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;

/**
 * One number of a report as its page shows it, read back from the report's graph.
 *
 * @param iri the observation's IRI
 * @param table {@code t2 t3 t4 legacy narrative}
 * @param scope the scope's IRI
 * @param row the row key (for {@code legacy} the printed indicator)
 * @param column the column key, empty when the table has none
 * @param value the number as a plain decimal, empty when the cell is blank in the source
 * @param unit the unit as stated
 * @param qualifier the approximate marker as printed (余 多 约 …), empty if none
 * @param line the source line, empty if unknown
 * @param page the source page, empty if unknown
 * @param quote the source text the number was read from
 * @param label the row label as printed
 */
record ReportObservation(String iri, String table, String scope, String row, String column, String value,
        String unit, String qualifier, String line, String page, String quote, String label) {

    private static final String[][] ROW_COLUMN = {
        {"applicationRow", "applicantType"}, {"proceeding", "proceedingOutcome"},
        {"proactiveItem", "proactiveStatistic"}, {"narrativeMetric", ""}, {"legacyIndicator", "legacyColumn"}};

    /** True when the source has the cell but no number in it. */
    boolean missing() {
        return value.isEmpty();
    }

    /** Every observation of the report in its graph, ordered by line. */
    static List<ReportObservation> read(Graph g, Node report) {
        List<ReportObservation> list = new ArrayList<>();
        g.find(Node.ANY, Provenance.REPORT, report).forEach(t -> one(g, t.getSubject()).ifPresent(list::add));
        list.sort(Comparator.comparingInt((ReportObservation o) -> o.line().isEmpty() ? Integer.MAX_VALUE
                : Integer.parseInt(o.line())).thenComparing(ReportObservation::iri));
        return list;
    }

    private static Optional<ReportObservation> one(Graph g, Node obs) {
        Optional<Node> table = Provenance.first(g, obs, Provenance.dkg("reportTable"));
        if (table.isEmpty() || !obs.isURI()) {
            return Optional.empty();
        }
        String row = "";
        String column = "";
        for (String[] rc : ROW_COLUMN) {
            Optional<Node> r = Provenance.first(g, obs, Provenance.dkg(rc[0]));
            if (r.isPresent()) {
                row = key(g, r.get());
                column = rc[1].isEmpty() ? "" : Provenance.first(g, obs, Provenance.dkg(rc[1])).map(c -> key(g, c))
                        .orElse("");
                break;
            }
        }
        return Optional.of(new ReportObservation(obs.getURI(), key(g, table.get()),
                text(g, obs, Provenance.dkg("scope")), row, column, text(g, obs, Provenance.OBS_VALUE),
                text(g, obs, Provenance.UNIT), text(g, obs, Provenance.QUALIFIER), text(g, obs, Provenance.SOURCE_LINE),
                text(g, obs, Provenance.SOURCE_PAGE), text(g, obs, Provenance.SOURCE_TEXT),
                text(g, obs, Provenance.dkg("printedLabel"))));
    }

    /** A code's key: its notation, else the last segment of its IRI; a literal's text. */
    static String key(Graph g, Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return Provenance.first(g, n, SKOS.notation.asNode()).map(Node::getLiteralLexicalForm)
                .orElseGet(() -> n.getURI().substring(n.getURI().lastIndexOf('/') + 1));
    }

    private static String text(Graph g, Node s, Node p) {
        return Provenance.first(g, s, p).map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI()).orElse("");
    }
}
