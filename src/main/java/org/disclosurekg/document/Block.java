package org.disclosurekg.document;

/** A top-level piece of a report: a paragraph of running text or a table. */
public sealed interface Block permits Paragraph, Table {
    /** Where the block starts in the source. */
    SourceRef source();
}
