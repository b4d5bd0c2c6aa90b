package org.disclosurekg.extract;

/**
 * A piece of a report's text flow between two offsets: a run of digits (with sign, decimals and unit
 * where the reader asked for them), other text, or a blank grid cell.
 */
record Token(Kind kind, String text, int start, int end) {
    enum Kind { NUMBER, TEXT, BLANK }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isValue() {
        return kind != Kind.TEXT;
    }
}
