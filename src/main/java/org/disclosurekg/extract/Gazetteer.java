package org.disclosurekg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GB/T 2260 divisions bundled with the converter (MCA list as of 2024-12-31, with every code and name
 * used since 2008) and their Wikidata items. Loaded once from the classpath ({@code data/*.csv}).
 */
public final class Gazetteer {
    private static final Gazetteer DEFAULT = load();

    private final Map<String, Division> current;
    private final List<Division> history;
    private final Map<String, List<Division>> byName;
    private final Map<String, String> wikidata;

    private Gazetteer(Map<String, Division> current, List<Division> history, Map<String, String> wikidata) {
        this.current = Collections.unmodifiableMap(current);
        this.history = List.copyOf(history);
        this.wikidata = Collections.unmodifiableMap(wikidata);
        Map<String, List<Division>> names = new LinkedHashMap<>();
        for (Division d : history) {
            names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Collections.unmodifiableMap(names);
    }

    /** The bundled gazetteer. */
    public static Gazetteer get() {
        return DEFAULT;
    }

    /** The current division with this code, if any. */
    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(current.get(code));
    }

    /** The division with this code as it was named in the given year, falling back to the current one. */
    public Optional<Division> byCode(String code, int year) {
        for (Division d : history) {
            if (d.code().equals(code) && d.existedIn(year)) {
                return Optional.of(d);
            }
        }
        return byCode(code);
    }

    /** Every division, current or past, with exactly this official name. */
    public List<Division> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** All official names, current and past. */
    public java.util.Set<String> names() {
        return byName.keySet();
    }

    /** The current divisions, sorted by code. */
    public List<Division> current() {
        return List.copyOf(current.values());
    }

    /** The Wikidata item (Q-number) that carries this code in P442, if known. */
    public Optional<String> wikidataItem(String code) {
        return Optional.ofNullable(wikidata.get(code));
    }

    /** The chain from this division up to its province, itself first. */
    public List<Division> ancestry(String code) {
        List<Division> chain = new ArrayList<>();
        Division d = current.get(code);
        while (d != null) {
            chain.add(d);
            d = d.parentCode().isEmpty() ? null : current.get(d.parentCode());
        }
        return chain;
    }

    private static Gazetteer load() {
        Map<String, Division> current = new LinkedHashMap<>();
        for (String[] r : csv("data/divisions.csv")) {
            current.put(r[0], new Division(r[0], r[1], r[2], r[3], r[4], r[5], 0, null));
        }
        List<Division> history = new ArrayList<>();
        for (String[] r : csv("data/divisions-history.csv")) {
            history.add(new Division(r[0], r[1], r[2], r[3], r[4], r[5], Integer.parseInt(r[6]),
                    r[7].isEmpty() ? null : Integer.valueOf(r[7])));
        }
        Map<String, String> wikidata = new LinkedHashMap<>();
        for (String[] r : csv("data/wikidata-links.csv")) {
            if (current.containsKey(r[0])) {
                wikidata.put(r[0], r[1]);
            }
        }
        return new Gazetteer(current, history, wikidata);
    }

    /** The data rows of a bundled CSV (no quoted commas occur in the columns we read). */
    private static List<String[]> csv(String resource) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
