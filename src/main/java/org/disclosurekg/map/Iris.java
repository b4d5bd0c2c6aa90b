package org.disclosurekg.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.disclosurekg.extract.ReportIdentity;
import org.disclosurekg.extract.ReportTable;

/**
 * The one place data IRIs are minted, all below a configurable base ending in {@code /}. IRIs are built
 * from codes and keys only; any text that is not a plain ASCII key (a body name, a scope, a printed
 * indicator) enters an IRI as a short hash slug, never as Chinese text.
 */
public final class Iris {
    /** The persistent base of published data. */
    public static final String DEFAULT_BASE = "https://w3id.org/disclosure-kg/";

    /** Keys that may stand in an IRI path as they are (the tidy-CSV keys all match). */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** The division scheme: {@code id/division}. */
    public String divisionScheme() {
        return base + "id/division";
    }

    /** A division: {@code id/division/{code}}. */
    public String division(String code) {
        return divisionScheme() + "/" + segment(code, "c");
    }

    /** The issuing body: {@code id/body/{code}} for a people's government, else {@code id/body/{code|x}/{slug}}. */
    public String body(ReportIdentity identity) {
        String code = code(identity);
        if (code != null && identity.bodyIsGovernment()) {
            return base + "id/body/" + segment(code, "c");
        }
        return base + "id/body/" + (code == null ? "x" : segment(code, "c")) + "/" + slug("b", identity.body());
    }

    /** The report: {@code id/report/{code}/{year}[/{slug}]}, or {@code id/report/x/{slug}/{year}} without division. */
    public String report(ReportIdentity identity) {
        String year = identity.year() == null ? "unknown" : identity.year().toString();
        String code = code(identity);
        if (code == null) {
            return base + "id/report/x/" + bodySlug(identity) + "/" + year;
        }
        String report = base + "id/report/" + segment(code, "c") + "/" + year;
        return identity.bodyIsGovernment() ? report : report + "/" + bodySlug(identity);
    }

    /** An observation: {@code {report}/obs/{table}[/{scope}]/{row}[/{column}]}; {@code row} is already a key. */
    public String observation(String report, ReportTable table, String scope, String row, String column) {
        StringBuilder iri = new StringBuilder(report).append("/obs/").append(table.key());
        if (!scope.isEmpty()) {
            iri.append('/').append(slug("s", scope));
        }
        iri.append('/').append(segment(row, "k"));
        if (!column.isEmpty()) {
            iri.append('/').append(segment(column, "k"));
        }
        return iri.toString();
    }

    /** A sub-scope of a report: {@code {report}/scope/{slug}}. */
    public String scope(String report, String scope) {
        return report + "/scope/" + slug("s", scope);
    }

    /** An accounting check: {@code {report}/check/{rule}[/{scope}]/{subject}}. */
    public String check(String report, String rule, String scope, String subject) {
        String path = report + "/check/" + segment(rule, "k");
        if (!scope.isEmpty()) {
            path += "/" + slug("s", scope);
        }
        return path + "/" + segment(subject, "k");
    }

    /** The {@code n}th extraction note of a report (1-based): {@code {report}/note/{n}}. */
    public String note(String report, int n) {
        return report + "/note/" + n;
    }

    /** A Data Cube data set: {@code id/dataset/{name}}. */
    public String dataset(String name) {
        return base + "id/dataset/" + name;
    }

    /** A data structure definition: {@code id/structure/{name}}. */
    public String structure(String name) {
        return base + "id/structure/" + name;
    }

    /** A component specification of a structure: {@code id/structure/{name}/{component}}. */
    public String component(String structure, String component) {
        return structure(structure) + "/" + component;
    }

    /** The key itself when it is a plain ASCII key, else {@code prefix} and a hash of it. */
    public static String segment(String key, String prefix) {
        return key != null && SAFE.matcher(key).matches() ? key : slug(prefix, key);
    }

    /** A short stable ASCII key for any text: {@code prefix} + the first 8 hex digits of its SHA-1. */
    public static String slug(String prefix, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }

    private static String code(ReportIdentity identity) {
        String code = identity.divisionCode();
        return code == null || code.isBlank() ? null : code;
    }

    private static String bodySlug(ReportIdentity identity) {
        return identity.body() == null || identity.body().isBlank() ? "unknown" : slug("b", identity.body());
    }
}
