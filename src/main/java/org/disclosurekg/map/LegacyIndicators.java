package org.disclosurekg.map;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.extract.ReportTable;

/**
 * The printed indicators of one report's pre-2019 table: the concept each means (looked up among the
 * code lists' {@code skos:altLabel}s) and the key each stands under in observation IRIs. The key is the
 * concept's notation when no other indicator of the report maps to the same concept, else a hash of the
 * label, so that IRIs stay readable and never collide.
 */
final class LegacyIndicators {
    private final Codes codes;
    private final Map<String, String> keys = new HashMap<>();

    LegacyIndicators(Codes codes, List<Fact> facts) {
        this.codes = codes;
        Set<String> labels = new LinkedHashSet<>();
        facts.stream().filter(f -> f.table() == ReportTable.LEGACY).forEach(f -> labels.add(f.row()));
        Map<String, Integer> uses = new HashMap<>();
        labels.forEach(l -> notation(l).ifPresent(n -> uses.merge(n, 1, Integer::sum)));
        for (String label : labels) {
            Optional<String> notation = notation(label);
            keys.put(label, notation.isPresent() && uses.get(notation.get()) == 1
                    ? notation.get() : Iris.slug("l", label));
        }
    }

    /** The concept the indicator means, if known. */
    Optional<Resource> concept(String label) {
        return codes.legacyConcept(label.strip());
    }

    /** The key of the indicator in observation IRIs. */
    String key(String label) {
        return keys.getOrDefault(label, Iris.slug("l", label));
    }

    private Optional<String> notation(String label) {
        return concept(label).flatMap(codes::notation);
    }
}
