package org.disclosurekg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the divisions a report names and decides which one a name means: 沈阳市沈河区 is read as a chain
 * of names, each inside the one before; a name several divisions share (朝阳区) is decided by the city or
 * province the report names elsewhere, or left undecided. Never guesses.
 */
final class DivisionResolver {
    private static final DivisionResolver DEFAULT = new DivisionResolver(Gazetteer.get());
    /** 卢湾、宝山、嘉定、松江等区县: bare names of divisions listed together, which tell their common city. */
    private static final Pattern LISTED = Pattern.compile(
            "((?:[\\p{IsHan}]{2,3}、){2,}[\\p{IsHan}]{2,3})等(?:区县|县区|县市区|区县市|市县|县市|区|县)");

    /** How many names of a list must lie in one division (one name may be a misread word, 和卢湾). */
    private static final int MIN_LISTED = 3;

    private final Gazetteer gazetteer;
    private final DivisionNames names;

    DivisionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names = new DivisionNames(gazetteer);
    }

    static DivisionResolver get() {
        return DEFAULT;
    }

    /**
     * The names of divisions written one after another from {@code from} (湖北省武汉市汉阳区), outermost first.
     *
     * @param steps the divisions each name may stand for
     * @param names the names as written
     * @param end where the last name ends
     */
    record Chain(List<List<Division>> steps, List<String> names, int end) {
        boolean isEmpty() {
            return steps.isEmpty();
        }

        /** The name of the innermost division, as written. */
        String last() {
            return names.isEmpty() ? "" : names.get(names.size() - 1);
        }
    }

    /**
     * The chain of division names that starts at {@code from}; it ends before a name that lies in none of the
     * divisions before it (武侯区 + 玉林街道: 玉林 is no city of 武侯区).
     */
    Chain chainAt(String text, int from, Integer year) {
        List<List<Division>> steps = new ArrayList<>();
        List<String> written = new ArrayList<>();
        int at = from;
        for (String name = names.longestAt(text, at, year); name != null; name = names.longestAt(text, at, year)) {
            List<Division> found = names.lookup(name, year);
            if (!steps.isEmpty() && !anyInside(found, steps.get(steps.size() - 1))) {
                break;
            }
            steps.add(found);
            written.add(name);
            at += name.length();
        }
        return new Chain(steps, written, at);
    }

    private boolean anyInside(List<Division> inner, List<Division> outer) {
        return inner.stream().anyMatch(d -> outer.stream().anyMatch(o -> inside(d, o)));
    }

    /** How often each division (by code) is named in the text, lists of bare names (卢湾、宝山等区县) included. */
    Map<String, Integer> mentions(String text, Integer year) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            String name = names.longestAt(text, i, year);
            if (name != null) {
                List<Division> all = names.lookup(name, year);
                if (all.size() == 1) {
                    counts.merge(all.get(0).code(), 1, Integer::sum);
                }
                i += name.length() - 1;
            }
        }
        listed(text, year).forEach((code, n) -> counts.merge(code, n, Integer::sum));
        return counts;
    }

    /**
     * The one division the chain ends with, or the candidates left when its outer names and the mentions
     * of the report do not single one out.
     */
    List<Division> resolve(Chain chain, Supplier<Map<String, Integer>> mentions) {
        List<Division> candidates = chain.steps().get(0);
        for (int i = 1; i < chain.steps().size(); i++) {
            List<Division> outer = candidates;
            List<Division> inner = chain.steps().get(i).stream().filter(d -> outer.stream().anyMatch(o -> inside(d, o)))
                    .toList();
            candidates = inner.isEmpty() ? chain.steps().get(i) : inner;
        }
        return candidates.size() <= 1 ? candidates : bySupport(candidates, mentions.get());
    }

    /** The statistics bureau's code of a development zone or other functional area (NBS, not GB/T 2260). */
    String statisticalCode(String name) {
        return FunctionalAreas.CODES.get(name);
    }

    /** The functional areas of the NBS list ({@code data/nbs-only-codes.csv}), by name; loaded when first used. */
    private static final class FunctionalAreas {
        static final Map<String, String> CODES = load();

        private static Map<String, String> load() {
            Map<String, String> codes = new HashMap<>();
            try (InputStream in = DivisionResolver.class.getClassLoader()
                    .getResourceAsStream("data/nbs-only-codes.csv")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource data/nbs-only-codes.csv");
                }
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (int i = 1; i < lines.length; i++) {
                    String[] cells = lines[i].split(",", 3);
                    if (cells.length >= 2) {
                        codes.put(cells[1], cells[0]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read data/nbs-only-codes.csv", e);
            }
            return codes;
        }
    }

    /** The current or past division with this code in the year, if any. */
    Division byCode(String code, Integer year) {
        return (year == null ? gazetteer.byCode(code) : gazetteer.byCode(code, year)).orElse(null);
    }

    /** True when {@code inner} lies in {@code outer}. */
    boolean inside(Division inner, Division outer) {
        return inner.parentCode().equals(outer.code()) || outer.name().equals(inner.prefecture())
                || outer.name().equals(inner.province()) && !inner.code().equals(outer.code());
    }

    /** Keeps the candidates whose city or province the report names most; all of them on a tie. */
    private List<Division> bySupport(List<Division> candidates, Map<String, Integer> mentions) {
        Map<Division, Integer> support = new LinkedHashMap<>();
        for (Division d : candidates) {
            int s = 0;
            for (Division above : gazetteer.ancestry(d.code())) {
                if (!above.code().equals(d.code())) {
                    s += mentions.getOrDefault(above.code(), 0);
                }
            }
            support.put(d, s);
        }
        int best = support.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Division> top = support.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList();
        return best > 0 && top.size() == 1 ? top : candidates;
    }

    /** For each list of bare names whose every member lies in one city or province, that division's code. */
    private Map<String, Integer> listed(String text, Integer year) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = LISTED.matcher(text);
        while (m.find()) {
            String[] stems = m.group(1).split("、");
            String common = commonParent(stems, year);
            if (common != null) {
                counts.merge(common, stems.length, Integer::sum);
            }
        }
        return counts;
    }

    private String commonParent(String[] stems, Integer year) {
        Map<String, Integer> parents = new HashMap<>();
        for (String stem : stems) {
            Set<String> seen = new HashSet<>();
            for (String suffix : new String[] {"区", "县", "市"}) {
                for (Division d : names.lookup(stem + suffix, year)) {
                    if (d.level().equals("county") && seen.add(d.parentCode())) {
                        parents.merge(d.parentCode(), 1, Integer::sum);
                    }
                }
            }
        }
        int needed = Math.max(MIN_LISTED, stems.length - 1);
        List<String> all = parents.entrySet().stream().filter(e -> e.getValue() >= needed)
                .map(Map.Entry::getKey).toList();
        return all.size() == 1 ? all.get(0) : null;
    }
}
