/**
 * Checks a converted graph against what the project promises about it: the SHACL shapes of
 * {@code ontology/dkg-shapes.ttl}, only terms the ontology declares, and no blank nodes. Takes any Jena
 * model and returns readable problems; knows nothing of reports as text.
 */
package org.disclosurekg.validate;
