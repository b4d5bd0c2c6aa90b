package org.disclosurekg.extract;

import org.disclosurekg.document.SourceRef;

/**
 * Something the extractor could not read, or chose not to: a table whose numbers were lost, a run of
 * digits that splits into cells in more than one way. Published with the report so that a missing number
 * is explained, not silent.
 *
 * @param code a short stable key, e.g. {@code tableEmpty}, {@code ambiguousSplit}, {@code noDivision}
 * @param message what happened, in English, naming the row or table
 * @param source where it happened, {@link SourceRef#UNKNOWN} if nowhere in particular
 */
public record ExtractionNote(String code, String message, SourceRef source) {
}
