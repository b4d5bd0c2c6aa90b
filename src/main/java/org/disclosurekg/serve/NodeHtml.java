package org.disclosurekg.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/** Renders RDF terms as HTML: links by label to where they are served, literals escaped with their language. */
final class NodeHtml {
    private final Links links;
    private final Graph labels;

    /**
     * @param labels the graph to look labels up in (a description already holds those of what it links to)
     */
    NodeHtml(Links links, Graph labels) {
        this.links = links;
        this.labels = labels;
    }

    /** A term: an IRI as a link named by its label, a literal as its text. */
    String term(Node n) {
        if (n.isURI()) {
            String label = Labels.of(labels, n).orElse(shortName(n.getURI()));
            return "<a href=\"" + Html.esc(links.href(n.getURI())) + "\" title=\"" + Html.esc(n.getURI()) + "\">"
                    + Html.esc(label) + "</a>";
        }
        if (n.isLiteral()) {
            return literal(n);
        }
        return "<span class=\"bnode\">" + Html.esc(n.toString()) + "</span>";
    }

    /** Whether the node has a label of its own (and not only its prefixed name). */
    boolean labelled(Node n) {
        return Labels.of(labels, n).isPresent();
    }

    /** Where a browser on this server finds the node. */
    String href(Node n) {
        return n.isURI() ? links.href(n.getURI()) : "";
    }

    /** A literal: its text, with its language or (for non-strings) its datatype in small print. */
    static String literal(Node n) {
        String lang = n.getLiteralLanguage();
        String dt = n.getLiteralDatatypeURI();
        String text = Html.esc(n.getLiteralLexicalForm());
        if (!lang.isEmpty()) {
            return "<span lang=\"" + Html.esc(lang) + "\">" + text + "</span> <small class=\"tag\">@" + Html.esc(lang)
                    + "</small>";
        }
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) {
            return text;
        }
        return text + " <small class=\"tag\">" + Html.esc(shortName(dt)) + "</small>";
    }

    /** A prefixed name where a project prefix applies, else the IRI. */
    static String shortName(String iri) {
        PrefixMapping pm = QueryPrefixes.mapping();
        String s = pm.shortForm(iri);
        return s.equals(iri) ? iri : s;
    }
}
