package org.disclosurekg.document;

/** One paragraph (for text files: one non-blank line) of normalised text. */
public record Paragraph(String text, SourceRef source) implements Block {
}
