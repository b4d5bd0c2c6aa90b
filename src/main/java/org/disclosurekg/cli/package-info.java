/**
 * The {@code disclosure-kg} command line (picocli): {@code convert}, {@code validate}, {@code serve} and
 * {@code bench}. Each command only parses options and calls the Converter, the validator or the server;
 * no logic lives here, and nothing imports this package.
 */
package org.disclosurekg.cli;
