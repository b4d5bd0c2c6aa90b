package org.disclosurekg.serve;

/**
 * One example query of {@code queries/}.
 *
 * @param name the file name, e.g. {@code 01-applications-per-district-and-year.rq}
 * @param title the question it answers: its first comment line, without the {@code #}
 * @param text the whole query
 * @param federated true when its header marks it {@code # federated}: it calls another endpoint
 */
public record ExampleQuery(String name, String title, String text, boolean federated) {
    /** Reads the title and the federated mark from the query's opening comment lines. */
    public static ExampleQuery parse(String name, String text) {
        String title = name;
        boolean federated = false;
        boolean first = true;
        for (String line : text.lines().toList()) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            String comment = t.replaceFirst("^#+\\s*", "");
            if (first && !comment.isEmpty()) {
                title = comment;
                first = false;
            }
            federated |= comment.equalsIgnoreCase("federated") || comment.toLowerCase().startsWith("federated:")
                    || comment.toLowerCase().startsWith("federated ");
        }
        return new ExampleQuery(name, title, text, federated);
    }

    /** The file name, which is how the query is known. */
    @Override
    public String toString() {
        return name;
    }
}
