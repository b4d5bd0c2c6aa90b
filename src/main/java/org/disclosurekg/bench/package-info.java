/**
 * Measures the converter: converts report files repeatedly in one JVM and summarises reports per second,
 * milliseconds per report (mean, p95) by input format, triples per second and heap use. Sits on top of
 * {@code Converter} like the command line; nothing depends on it, and no test asserts its numbers.
 */
package org.disclosurekg.bench;
