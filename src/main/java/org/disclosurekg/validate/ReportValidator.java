package org.disclosurekg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.disclosurekg.vocab.Ontology;
import org.disclosurekg.vocab.Prefixes;

/**
 * Validates a converted report graph: the SHACL shapes of {@code ontology/dkg-shapes.ttl} (checked with
 * the ontology loaded alongside, so that concept classes and schemes resolve), every term of the
 * project's namespace declared in the ontology, and no blank nodes.
 */
public final class ReportValidator {
    private final Shapes shapes;
    private final Model ontology;
    private final PrefixMapping prefixes = Prefixes.standard();

    /** A validator with the bundled shapes and ontology. */
    public ReportValidator() {
        this(Ontology.shapes());
    }

    /** A validator with other shapes, and the bundled ontology. */
    public ReportValidator(Model shapes) {
        this.shapes = Shapes.parse(shapes.getGraph());
        this.ontology = Ontology.model();
    }

    /** Every problem of the graph; none when it conforms. */
    public ValidationResult validate(Model graph) {
        List<String> problems = new ArrayList<>(shacl(graph.getGraph()));
        problems.addAll(new UndeclaredTerms(ontology, prefixes).find(graph));
        long blank = graph.getGraph().stream().filter(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .count();
        if (blank > 0) {
            problems.add(blank + " triples have a blank node: converted graphs use IRIs only");
        }
        return new ValidationResult(problems);
    }

    private List<String> shacl(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, ontology.getGraph()));
        List<String> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            problems.add(describe(entry));
        }
        problems.sort(null);
        return problems;
    }

    private String describe(ReportEntry entry) {
        StringBuilder s = new StringBuilder(entry.severity().level().getLocalName()).append(": ")
                .append(shortForm(entry.focusNode()));
        if (entry.resultPath() != null) {
            s.append(' ').append(entry.resultPath().toString(new Prologue(prefixes)));
        }
        s.append(": ").append(entry.message());
        if (entry.value() != null) {
            s.append(" (value ").append(shortForm(entry.value())).append(')');
        }
        return s.toString();
    }

    private String shortForm(Node node) {
        return node.isURI() ? shortForm(prefixes, node.getURI()) : node.toString();
    }

    /** The IRI with the longest matching namespace replaced by its prefix (so narrative: wins over code:). */
    static String shortForm(PrefixMapping prefixes, String iri) {
        String prefix = null;
        String namespace = "";
        for (Map.Entry<String, String> e : prefixes.getNsPrefixMap().entrySet()) {
            if (iri.startsWith(e.getValue()) && e.getValue().length() > namespace.length()) {
                prefix = e.getKey();
                namespace = e.getValue();
            }
        }
        return prefix == null ? iri : prefix + ":" + iri.substring(namespace.length());
    }
}
