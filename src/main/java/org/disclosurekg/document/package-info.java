/**
 * The format-neutral model every reader writes to: a report as paragraphs and tables of cells, each with
 * the place in the source it came from. Plain Java records; nothing here knows about RDF or about the
 * report templates.
 */
package org.disclosurekg.document;
