/**
 * Maps {@link org.disclosurekg.extract.ReportFacts} and their {@link org.disclosurekg.check.Finding}s to RDF
 * under the Disclosure KG ontology: Data Cube observations with provenance, the report, its body and
 * division, and the quality measurements. {@link org.disclosurekg.map.Iris} is the one place IRIs are
 * minted. Knows nothing of text or file formats.
 */
package org.disclosurekg.map;
