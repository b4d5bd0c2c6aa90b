package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the whole text of a report says about where it comes from, for a report that does not name itself
 * in full: which divisions it names and how often, the level its own words point to (全市, 本区), the
 * county written before a township's name, and the abbreviation of an office (法制办).
 */
final class MentionedDivisions {
    /** Offices reports call by an abbreviation (法制办 for 法制办公室); 台办 and 侨办 spell out differently. */
    private static final Pattern ABBREVIATED = Pattern.compile(
            "(法制|外事|外侨|侨务|金融|扶贫|人防|应急|信访|口岸|招商|接待|督查|研究|港澳|侨|台)办(?![公理事件结法学])");
    /**
     * The words a report uses for its own division (全区, 本市, 我县). 区政府 or 省政府 are not among them: a
     * department's report names its superiors so, and a superior is often of a higher level (省政府).
     */
    private static final Pattern LEVEL_WORDS = Pattern.compile("(?:全|本|我)([省市区县])(?!管委会|管理委员会)");
    /** How far before a township's name its county's name may start (新疆 names run long). */
    private static final int LONGEST_COUNTY = 12;

    private final DivisionResolver resolver;
    private final Integer year;
    private final String text;
    private Map<String, Integer> counts;

    MentionedDivisions(DivisionResolver resolver, Integer year, String text) {
        this.resolver = resolver;
        this.year = year;
        this.text = text;
    }

    /** How often each division (by code) is named; counted once, when first asked for. */
    Map<String, Integer> counts() {
        if (counts == null) {
            counts = resolver.mentions(text, year);
        }
        return counts;
    }

    /** The divisions of this level (区, 市, 县, 省 …) the report names most; several on a tie. */
    List<Division> mostNamed(String level) {
        int best = 0;
        List<Division> top = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts().entrySet()) {
            Division d = resolver.byCode(e.getKey(), year);
            if (d == null || !atLevel(d, level)) {
                continue;
            }
            if (e.getValue() > best) {
                best = e.getValue();
                top.clear();
            }
            if (e.getValue() == best) {
                top.add(d);
            }
        }
        return top;
    }

    /** The level the report's own words point to most (全市, 本区 …), empty when they point to none. */
    String levelWord() {
        Map<String, Integer> words = new HashMap<>();
        Matcher m = LEVEL_WORDS.matcher(text);
        while (m.find()) {
            words.merge(m.group(1), 1, Integer::sum);
        }
        return words.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** The counties written right before the township's name (建水县青龙镇) anywhere in the text. */
    Set<Division> countiesBefore(String township) {
        Set<Division> counties = new LinkedHashSet<>();
        for (int at = text.indexOf(township); at >= 0; at = text.indexOf(township, at + 1)) {
            for (int from = Math.max(0, at - LONGEST_COUNTY); from < at; from++) {
                DivisionResolver.Chain chain = resolver.chainAt(text, from, year);
                if (!chain.isEmpty() && chain.end() == at) {
                    resolver.resolve(chain, this::counts).stream().filter(d -> d.level().equals("county"))
                            .forEach(counties::add);
                    break;
                }
            }
        }
        return counties;
    }

    /** The office a report abbreviates (法制办), spelled out (法制办公室); null when it abbreviates none. */
    String abbreviatedOffice() {
        Matcher m = ABBREVIATED.matcher(text);
        return m.find() ? spelledOut(m.group(1)) : null;
    }

    private static boolean atLevel(Division d, String level) {
        return switch (level) {
            case "省" -> d.level().equals("province");
            case "市" -> d.name().endsWith("市");
            case "州" -> d.level().equals("prefecture") && d.name().endsWith("州");
            case "区", "县", "旗" -> d.level().equals("county") && d.name().endsWith(level);
            default -> false;
        };
    }

    private static String spelledOut(String stem) {
        return switch (stem) {
            case "台" -> "台湾事务办公室";
            case "侨" -> "侨务办公室";
            case "人防" -> "人民防空办公室";
            default -> stem + "办公室";
        };
    }
}
