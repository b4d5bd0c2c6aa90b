/**
 * Turns report files (text, HTML, PDF, Word) into a {@link org.disclosurekg.document.ReportDocument}:
 * detects the character set, normalises the text once (NFKC, Traditional to Simplified with Taiwan
 * phrasing, line ends) and finds the tables, which HTML, Word and ruled or aligned PDF tables give as full
 * grids with spanned copies for merged cells. {@link org.disclosurekg.read.ReportFormat#detect} tells the
 * real format from the bytes when the extension lies. Knows nothing of RDF or of the report templates.
 */
package org.disclosurekg.read;
