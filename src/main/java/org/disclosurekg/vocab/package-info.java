/**
 * The Disclosure KG vocabulary in Java: {@link org.disclosurekg.vocab.DKG} constants for the terms of
 * {@code ontology/dkg.ttl}, {@link org.disclosurekg.vocab.CodeList} for the code lists of
 * {@code ontology/dkg-codes.ttl}, the few reused terms Jena has no class for, and
 * {@link org.disclosurekg.vocab.Ontology}, the one place the ontology files are read. Depends on Jena only.
 */
package org.disclosurekg.vocab;
