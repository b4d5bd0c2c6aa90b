package org.disclosurekg.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a number of the running text is one narrative key: the words that must end the clause before it,
 * optionally the words that must follow it, its unit, and the context that must (or must not) be there.
 *
 * @param key the narrative row key, e.g. {@code channel.weibo.posts}
 * @param units the units the number may carry
 * @param before alternatives, each matched against the clause text before the number and anchored at its end
 * @param after what must open the text after the number, or {@code null}
 * @param reject words that, anywhere in the clause before the number, rule the number out
 * @param context words that must occur near the clause (in the text up to 300 characters before it and
 *     in the clause), or {@code null}
 * @param sentence words that must occur in the sentence before the number, or {@code null}
 * @param partsAllowed true when the number may stand after 其中 (a part of a total stated before it)
 */
record NarrativeRule(String key, Set<String> units, List<Pattern> before, Pattern after, Pattern reject,
        Pattern context, Pattern sentence, boolean partsAllowed) {

    /** True when the number with this unit, between these texts, is this rule's key. */
    boolean matches(String unit, NumberContext c) {
        if (!units.contains(unit) || (c.inParts() && !partsAllowed)) {
            return false;
        }
        if (reject != null && reject.matcher(c.before()).find()) {
            return false;
        }
        if (after != null && !after.matcher(c.after()).lookingAt()) {
            return false;
        }
        if (context != null && !context.matcher(c.near()).find()) {
            return false;
        }
        if (sentence != null && !sentence.matcher(c.sentence()).find()) {
            return false;
        }
        return before.stream().anyMatch(p -> p.matcher(c.before()).find());
    }

    /**
     * The text around one number.
     *
     * @param before the clause before the number
     * @param after the clause after it
     * @param near the clause and up to 300 characters before it
     * @param sentence the sentence up to the number
     * @param inParts true when the number stands after 其中 in its sentence
     */
    record NumberContext(String before, String after, String near, String sentence, boolean inParts) {
    }
}
