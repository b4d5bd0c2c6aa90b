package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every name a report may use for a division: the official names of the gazetteer (current and past) and
 * the usual short forms of provinces and prefectures (湖北, 武汉, 恩施州, 内蒙古) and of autonomous counties
 * (长阳县 for 长阳土家族自治县). Bare county stems (汉阳) are not names: they are too often other words.
 */
final class DivisionNames {
    /** Ethnic names as they stand in the names of autonomous divisions, longest first where they nest. */
    private static final Pattern ETHNIC = Pattern.compile("(?:土家族|朝鲜族|蒙古族|维吾尔|哈萨克|柯尔克孜|布依族|景颇族|傈僳族|"
            + "纳西族|哈尼族|拉祜族|仡佬族|达斡尔族|鄂温克族|鄂伦春族|毛南族|仫佬族|撒拉族|塔吉克|锡伯族|裕固族|东乡族|保安族|"
            + "普米族|独龙族|基诺族|布朗族|阿昌族|德昂族|苗族|侗族|白族|傣族|彝族|藏族|羌族|回族|壮族|瑶族|黎族|土族|水族|畲族|"
            + "满族|怒族|佤族|蒙古)");
    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市)$");
    private static final Pattern PREFECTURE_SUFFIX = Pattern.compile("(?:市|地区|盟)$");

    private final Map<String, List<Division>> names;
    private final int longest;

    DivisionNames(Gazetteer gazetteer) {
        Map<String, List<Division>> index = new LinkedHashMap<>();
        for (String name : gazetteer.names()) {
            for (Division d : gazetteer.byName(name)) {
                add(index, name, d);
                for (String alias : aliases(d)) {
                    add(index, alias, d);
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.names = Collections.unmodifiableMap(index);
        this.longest = index.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The divisions this name (official or short) stands for, in the given year when it is known. */
    List<Division> lookup(String name, Integer year) {
        List<Division> all = names.getOrDefault(name, List.of());
        if (year == null) {
            return all;
        }
        return all.stream().filter(d -> d.existedIn(year)).toList();
    }

    /** The longest name of a division that starts at {@code from}, or null. */
    String longestAt(String text, int from, Integer year) {
        for (int len = Math.min(longest, text.length() - from); len >= 2; len--) {
            String candidate = text.substring(from, from + len);
            if (names.containsKey(candidate) && !lookup(candidate, year).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    /** The short forms people use for a division. */
    static List<String> aliases(Division d) {
        String name = d.name();
        Matcher ethnic = ETHNIC.matcher(name);
        boolean autonomous = name.contains("自治") && ethnic.find() && ethnic.start() >= 2;
        String place = autonomous ? name.substring(0, ethnic.start()) : "";
        return switch (d.level()) {
            case "province" -> stripped(name, PROVINCE_SUFFIX);
            case "prefecture" -> autonomous ? List.of(place + "州", place, place + "自治州")
                    : stripped(name, PREFECTURE_SUFFIX);
            default -> autonomous ? List.of(place + name.substring(name.length() - 1), place + "自治"
                    + name.substring(name.length() - 1)) : List.of();
        };
    }

    private static List<String> stripped(String name, Pattern suffix) {
        String shortName = suffix.matcher(name).replaceFirst("");
        return shortName.length() >= 2 && !shortName.equals(name) ? List.of(shortName) : List.of();
    }

    private static void add(Map<String, List<Division>> index, String name, Division d) {
        List<Division> list = index.computeIfAbsent(name, k -> new ArrayList<>());
        if (!list.contains(d)) {
            list.add(d);
        }
    }
}
