/**
 * Turns report files (text, HTML, PDF, Word) into a {@link org.disclosurekg.document.ReportDocument}:
 * detects the character set, normalises the text once (NFKC, Traditional to Simplified with Taiwan
 * phrasing, line ends) and finds the tables. Knows nothing of RDF or of the report templates.
 */
package org.disclosurekg.read;
