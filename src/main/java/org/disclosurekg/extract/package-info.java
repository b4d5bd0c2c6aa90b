/**
 * Reads the facts out of a {@link org.disclosurekg.document.ReportDocument}: who issued the report, for
 * which division and year, under which template, and every number of its tables and narrative with the
 * place it stands. Plain Java: no RDF here, and no text clean-up either (the readers did that).
 */
package org.disclosurekg.extract;
