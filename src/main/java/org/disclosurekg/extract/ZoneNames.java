package org.disclosurekg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How development zones and their bodies are named: the zone (平潭综合实验区, 武汉东湖新技术开发区, 苏州工业园区),
 * then the body of it the name stands for: its committee (管委会, 管理委员会), an office of the committee
 * (管委会办公室), a department (公安局, 财政金融局) or a township of the zone. A zone is not an administrative
 * division, so none of these bodies has a GB/T 2260 code of its own.
 */
final class ZoneNames {
    /** The words a zone's name ends with, longest first where one ends another. */
    private static final Pattern SUFFIX = Pattern.compile("综合实验区|综合试验区|自由贸易试验区|实验区|试验区|经济技术开发区"
            + "|高新技术产业开发区|开发区|高新区|经开区|新区|工业园区|园区|示范区|保税区|合作区|自贸区|管理区|风景名胜区|度假区");
    /** A zone's committee, as reports write it. */
    private static final Pattern COMMITTEE = Pattern.compile("^(?:党工委管委会|党工委、管委会|工委管委会|管委会|管理委员会|党工委)");
    /** The short words a zone's report uses for itself instead of its name (经开区将…, 我区管委会). */
    private static final Pattern SELF_WORD = Pattern.compile("^(?:(?:我|本)?(?:经开区|高新区|开发区|经济开发区|新区|实验区|试验区"
            + "|自贸区|园区|示范区)(?:党工委管委会|管委会|管理委员会)?|(?:我|本)?区(?:党工委管委会|管委会|管理委员会))");
    /** What continues a list of names (、 和 与 及). */
    private static final Pattern LIST = Pattern.compile("[、,和与及]");
    /** How many characters may stand before the suffix (东湖新技术, 中关村科技). */
    private static final int LONGEST_STEM = 14;
    /** How many characters a zone's own stem needs when no division is written before it. */
    private static final int SHORTEST_STEM = 2;

    /**
     * A zone's name read at the start of a text.
     *
     * @param zone the zone's name (平潭综合实验区), without what a division chain before it says
     * @param unit the body of the zone that follows, as written (管委会, 公安局, 管委会办公室), empty for the zone
     *     named alone
     */
    record ZoneName(String zone, String unit) {
        /** True when the name stands for the zone or its committee, not one of its departments. */
        boolean isCommittee() {
            return unit.isEmpty() || COMMITTEE.matcher(unit).replaceFirst("").isEmpty();
        }
    }

    private ZoneNames() {
    }

    /**
     * The zone named at the start of {@code text}, or null.
     *
     * @param afterDivision true when a division's name stands right before (遂宁 + 经开区), so the zone needs no
     *     stem of its own
     * @param sentence true when the text is the subject of a sentence, so a predicate may follow the name
     */
    static ZoneName read(String text, boolean afterDivision, boolean sentence) {
        Matcher m = SUFFIX.matcher(text);
        while (m.find()) {
            if (m.start() > LONGEST_STEM || !allHan(text, m.start())) {
                return null;
            }
            if (m.start() >= (afterDivision ? 0 : SHORTEST_STEM)) {
                ZoneName name = bodyAfter(text.substring(0, m.end()), text.substring(m.end()), sentence);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The short word a report uses for its zone (经开区, 高新区管委会, 我区管委会) at the start of the text, or null;
     * an office of it may follow (我区管委会办公室).
     */
    static String selfWord(String text) {
        Matcher m = SELF_WORD.matcher(text);
        if (!m.find()) {
            return null;
        }
        String rest = text.substring(m.end());
        if (LIST.matcher(rest).lookingAt()) {
            // 高新区、经开区… lists zones of a city; it is no zone speaking of itself.
            return null;
        }
        boolean ends = rest.isEmpty() || !isHan(rest.charAt(0)) || OrganNames.opensPredicate(rest)
                || OrganNames.organAt(rest) != null;
        return ends ? m.group() : null;
    }

    /** The unit without the committee it belongs to (管委会办公室 → 办公室); empty when it is the committee. */
    static String withoutCommittee(String unit) {
        return COMMITTEE.matcher(unit).replaceFirst("");
    }

    /** The committee word the unit opens with (管委会), empty if none. */
    static String committeeOf(String unit) {
        Matcher m = COMMITTEE.matcher(unit);
        return m.find() ? m.group() : "";
    }

    private static ZoneName bodyAfter(String zone, String rest, boolean sentence) {
        Matcher committee = COMMITTEE.matcher(rest);
        String word = committee.find() ? committee.group() : "";
        String after = rest.substring(word.length());
        if (after.isEmpty() || !isHan(after.charAt(0))) {
            return new ZoneName(zone, word);
        }
        Matcher township = BodyName.TOWNSHIP.matcher(after);
        if (township.find()) {
            return new ZoneName(zone, word + township.group(1) + governmentWordAfter(after, township.end()));
        }
        String organ = OrganNames.organAt(after);
        if (organ != null) {
            return new ZoneName(zone, word + organ);
        }
        boolean predicate = sentence && OrganNames.opensPredicate(after);
        return !word.isEmpty() || predicate ? new ZoneName(zone, word) : null;
    }

    private static String governmentWordAfter(String text, int at) {
        for (String word : new String[] {"人民政府", "办事处"}) {
            if (text.startsWith(word, at)) {
                return word;
            }
        }
        return "";
    }

    /** True when the stem is Han characters, with a place in brackets allowed (中国(上海)自由贸易试验区). */
    private static boolean allHan(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!isHan(c) && c != '(' && c != ')') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
