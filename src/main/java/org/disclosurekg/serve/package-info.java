/**
 * Serves the knowledge graph from one embedded Fuseki: a read-only SPARQL endpoint, a page for every
 * minted IRI (HTML and RDF by content negotiation), dumps with checksums, a VoID/DCAT description, the
 * ontology and the accounting checks. Takes converted graphs from {@link org.disclosurekg.Converter};
 * nothing outside this package and {@code cli} depends on it.
 */
package org.disclosurekg.serve;
