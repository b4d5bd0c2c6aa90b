package org.disclosurekg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a name found in a report says about the issuing body: a division's government (汉阳区, 平潭县人民政府),
 * one of its offices or departments (上海市人民政府办公厅, 乌海市工业和信息化局), a township (平阳县水头镇), a
 * development zone (平潭综合实验区), or only the report speaking of itself (我区, 我局, 区教育局).
 *
 * @param kind what the name is
 * @param chain the division names it starts with (may be empty)
 * @param level the level word standing for the division where the name gives none (区 of 我区 or of
 *     区教育局), else empty
 * @param organ the department, office, township or zone part of the name; for {@link Kind#SELF} the word
 *     it uses for itself (区, 市, 局, 办 …)
 * @param source where in the report the name was found (title, preamble …), for notes
 */
record BodyName(Kind kind, DivisionResolver.Chain chain, String level, String organ, String source) {
    /** The source name of a name read from the subject of an opening sentence (2020年,武昌区按照…). */
    static final String OPENING_SENTENCE = "opening sentence";

    /** The kinds of body a name can stand for. */
    enum Kind { GOVERNMENT, OFFICE, DEPARTMENT, TOWNSHIP, ZONE, SELF }

    private static final Pattern SELF_GOVERNMENT = Pattern.compile("^(?:我|本|全)([区市县省州旗镇乡])");
    private static final Pattern SELF_BODY = Pattern.compile("^(?:我|本)(局|委|办|厅|室|馆|院|中心|单位|部门)");
    private static final Pattern BARE_LEVEL = Pattern.compile("^([区市县省])(?=[\\p{IsHan}])");
    private static final Pattern GOVERNMENT_WORD = Pattern.compile("^(?:人民政府|政府)");
    private static final Pattern TOWNSHIP = Pattern.compile(
            "^([\\p{IsHan}]{1,5}?(?:镇|乡|街道|苏木))(?=人民政府|政府|办事处|党委|$|\\d|[^\\p{IsHan}])");
    static final Pattern ZONE = Pattern.compile("^([\\p{IsHan}]{2,14}?(?:综合实验区|综合试验区|实验区|试验区|经济技术开发区"
            + "|高新技术产业开发区|开发区|高新区|经开区|新区|工业园区|园区|示范区|保税区|合作区))(?=管委会|管理委员会|党工委|$|\\d|[^\\p{IsHan}])");

    /** True when the name says who the body is without help from the rest of the report. */
    boolean isSpecific() {
        return kind == Kind.ZONE || !chain.isEmpty();
    }

    /** Reads a name that starts at the beginning of {@code text}; null when it names no body. */
    static BodyName read(String text, String source, DivisionResolver resolver, Integer year) {
        String s = text.strip();
        Matcher self = SELF_GOVERNMENT.matcher(s);
        if (self.find()) {
            return new BodyName(Kind.SELF, empty(), self.group(1), self.group(1), source);
        }
        Matcher selfBody = SELF_BODY.matcher(s);
        if (selfBody.find()) {
            return new BodyName(Kind.SELF, empty(), "", selfBody.group(1), source);
        }
        DivisionResolver.Chain chain = resolver.chainAt(s, 0, year);
        if (chain.isEmpty()) {
            return withoutDivision(s, source);
        }
        return afterDivision(s.substring(chain.end()), chain, source);
    }

    private static BodyName withoutDivision(String s, String source) {
        Matcher zone = ZONE.matcher(s);
        if (zone.find()) {
            return new BodyName(Kind.ZONE, empty(), "", zone.group(1), source);
        }
        Matcher township = TOWNSHIP.matcher(s);
        if (township.find()) {
            return new BodyName(Kind.TOWNSHIP, empty(), "", township.group(1), source);
        }
        Matcher bare = BARE_LEVEL.matcher(s);
        if (bare.find()) {
            BodyName rest = afterDivision(s.substring(1), empty(), source);
            return rest == null || rest.kind() == Kind.GOVERNMENT ? null
                    : new BodyName(rest.kind(), empty(), bare.group(1), rest.organ(), source);
        }
        return null;
    }

    /** What follows the division names: nothing (the government), 人民政府 and an office, a township …. */
    private static BodyName afterDivision(String rest, DivisionResolver.Chain chain, String source) {
        Matcher government = GOVERNMENT_WORD.matcher(rest);
        if (government.find()) {
            String organ = OrganNames.organAt(rest.substring(government.end()));
            return organ == null ? new BodyName(Kind.GOVERNMENT, chain, "", "", source)
                    : new BodyName(Kind.OFFICE, chain, "", organ, source);
        }
        Matcher township = TOWNSHIP.matcher(rest);
        if (township.find()) {
            return new BodyName(Kind.TOWNSHIP, chain, "", township.group(1), source);
        }
        Matcher zone = ZONE.matcher(rest);
        if (zone.find()) {
            return new BodyName(Kind.ZONE, chain, "", zone.group(1), source);
        }
        String organ = OrganNames.organAt(rest);
        if (organ == null) {
            // 中山大学 is no government of 中山市: the division must stand alone or open a sentence.
            boolean alone = rest.isEmpty() || !isHan(rest.charAt(0)) || OrganNames.opensPredicate(rest)
                    || source.equals(OPENING_SENTENCE);
            return alone ? new BodyName(Kind.GOVERNMENT, chain, "", "", source) : null;
        }
        return new BodyName(OrganNames.isGovernmentOffice(organ) ? Kind.OFFICE : Kind.DEPARTMENT, chain, "", organ,
                source);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static DivisionResolver.Chain empty() {
        return new DivisionResolver.Chain(List.of(), List.of(), 0);
    }
}
