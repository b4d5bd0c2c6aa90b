package org.disclosurekg.validate;

import java.util.List;

/**
 * The outcome of validating one graph: every problem found, each as one readable line naming the
 * resource and what is wrong with it. No problems means the graph conforms.
 *
 * @param problems the SHACL violations, undeclared terms and blank nodes found, in a stable order
 */
public record ValidationResult(List<String> problems) {
    public ValidationResult {
        problems = List.copyOf(problems);
    }

    /** True when nothing is wrong. */
    public boolean conforms() {
        return problems.isEmpty();
    }

    /** The problems, one per line, or "conforms". */
    @Override
    public String toString() {
        return conforms() ? "conforms" : String.join("\n", problems);
    }
}
