package org.disclosurekg.serve;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.disclosurekg.vocab.DKG;

/** The Chinese and English labels of the code lists' concepts, read once per load for the report pages. */
final class CodeLabels {
    static final String CODE = DKG.CODE_NS;

    private final Map<String, String> zh = new HashMap<>();
    private final Map<String, String> en = new HashMap<>();

    /** Reads the labels of every concept under the code namespace. */
    static CodeLabels load(DatasetGraph dataset) {
        CodeLabels labels = new CodeLabels();
        for (Binding b : Sparql.select(dataset, "SELECT ?c ?l { ?c skos:prefLabel ?l FILTER(STRSTARTS(STR(?c), \""
                + CODE + "\")) }")) {
            Node l = b.get("l");
            String lang = l.getLiteralLanguage();
            Map<String, String> target = lang.startsWith("en") ? labels.en : labels.zh;
            target.putIfAbsent(b.get("c").getURI(), l.getLiteralLexicalForm());
        }
        return labels;
    }

    /** The Chinese label of the concept {@code key} of a scheme such as {@code application-row}, else the key. */
    String zh(String scheme, String key) {
        return zh.getOrDefault(CODE + scheme + "/" + key, key);
    }

    /** The English label, else the key. */
    String en(String scheme, String key) {
        return en.getOrDefault(CODE + scheme + "/" + key, key);
    }
}
