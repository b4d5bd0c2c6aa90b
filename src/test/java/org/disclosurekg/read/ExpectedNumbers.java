package org.disclosurekg.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-verified numbers of a corpus report ({@code corpus/expected/*.json}), read with a few regular
 * expressions: only the flat table objects the tests compare grids with, in the order the file lists them.
 */
final class ExpectedNumbers {
    private static final Pattern ROW = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\{([^{}]*)\\}");
    private static final Pattern LIST_ROW = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\[([^\\[\\]]*)\\]");
    private static final Pattern VALUE = Pattern.compile("\"[^\"]+\"\\s*:\\s*(null|-?[0-9.]+)");
    private static final Pattern ITEM = Pattern.compile("(null|-?[0-9.]+|\"[^\"]*\")");

    private final String json;

    private ExpectedNumbers(String json) {
        this.json = json;
    }

    /** The expected file for a report, if the corpus has one. */
    static Optional<ExpectedNumbers> forReport(Path report) throws IOException {
        String name = report.getFileName().toString();
        Path file = report.getParent().resolveSibling("expected").resolve(name.substring(0, name.lastIndexOf('.')) + ".json");
        return Files.exists(file) ? Optional.of(new ExpectedNumbers(Files.readString(file, StandardCharsets.UTF_8)))
                : Optional.empty();
    }

    /** The rows of a table object ({@code table3}, {@code table4}): key to values in order, null for blank. */
    Map<String, List<String>> table(String name) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(section(name));
        while (m.find()) {
            List<String> values = new ArrayList<>();
            Matcher v = VALUE.matcher(m.group(2));
            while (v.find()) {
                values.add(v.group(1).equals("null") ? null : v.group(1));
            }
            rows.put(m.group(1), values);
        }
        return rows;
    }

    /** The legacy statistics rows: printed indicator to unit and values, null for blank. */
    Map<String, List<String>> legacy() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher m = LIST_ROW.matcher(section("legacyStats"));
        while (m.find()) {
            if (m.group(1).equals("columns")) {
                continue;
            }
            List<String> values = new ArrayList<>();
            Matcher v = ITEM.matcher(m.group(2));
            while (v.find()) {
                String s = v.group(1);
                values.add(s.equals("null") ? null : s.replace("\"", ""));
            }
            rows.put(m.group(1), values);
        }
        return rows;
    }

    private String section(String name) {
        int start = json.indexOf("\"" + name + "\"");
        if (start < 0) {
            return "";
        }
        int open = json.indexOf('{', start);
        int depth = 0;
        for (int i = open; i < json.length(); i++) {
            depth += json.charAt(i) == '{' ? 1 : json.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return json.substring(open + 1, i);
            }
        }
        return "";
    }
}
