package org.disclosurekg.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a name found in a report says about the issuing body: a division's government (汉阳区, 平潭县人民政府),
 * one of its offices or departments (上海市人民政府办公厅, 乌海市工业和信息化局, 福州市公安局晋安分局), a township
 * (平阳县水头镇), a development zone or one of its bodies (平潭综合实验区管委会, 平潭综合实验区公安局), a local office
 * of a vertically managed system (国家税务总局福州市税务局), or only the report speaking of itself (我区, 我局,
 * 区教育局, 经开区).
 *
 * @param kind what the name is
 * @param chain the division names it starts with (may be empty)
 * @param level the level word standing for the division where the name gives none (区 of 我区 or of
 *     区教育局), else empty
 * @param organ the department, office, township or zone part of the name; for {@link Kind#SELF} the word
 *     it uses for itself (区, 市, 局, 办, 经开区 …)
 * @param source where in the report the name was found (title, preamble …), for notes
 * @param head the system written before the division (国家税务总局 of 国家税务总局福州市税务局), else empty
 * @param unit for a zone, the body of it the name stands for as written (管委会, 公安局, 管委会办公室), empty
 *     when the name gives the zone alone
 */
record BodyName(Kind kind, DivisionResolver.Chain chain, String level, String organ, String source, String head,
        String unit) {
    /** The source name of a name read from the printed title. */
    static final String TITLE = "title";
    /** The source name of a name read from a crawler's title line (标题: …). */
    static final String TITLE_LINE = "title line";
    /** The source name of a name read from a sentence that names the report (现公布…年度报告). */
    static final String PREAMBLE = "preamble";
    /** The source name of a name read from the subject of an opening sentence (2020年,武昌区按照…). */
    static final String OPENING_SENTENCE = "opening sentence";
    /** The sources where a report names itself, as opposed to who compiled, signed or published it. */
    static final Set<String> NAMING = Set.of(TITLE, TITLE_LINE, PREAMBLE, OPENING_SENTENCE);

    /** The kinds of body a name can stand for. */
    enum Kind { GOVERNMENT, OFFICE, DEPARTMENT, TOWNSHIP, ZONE, SELF }

    private static final Pattern SELF_GOVERNMENT = Pattern.compile("^(?:我|本|全)([区市县省州旗镇乡])(?!管委会|管理委员会)");
    private static final Pattern SELF_BODY = Pattern.compile("^(?:我|本)(局|委|办|厅|室|馆|院|中心|单位|部门)");
    private static final Pattern BARE_LEVEL = Pattern.compile("^([区市县省])(?=[\\p{IsHan}])");
    private static final Pattern GOVERNMENT_WORD = Pattern.compile("^(?:人民政府|政府|行政公署)");
    static final Pattern TOWNSHIP = Pattern.compile(
            "^([\\p{IsHan}]{1,5}?(?:镇|乡|街道|苏木))(?=人民政府|政府|办事处|党委|$|\\d|[^\\p{IsHan}])");
    /** Vertically managed systems whose local offices are named 国家税务总局 + division + 税务局. */
    private static final Pattern HEAD = Pattern.compile("^(?:国家税务总局|国家统计局|中国人民银行|国家外汇管理局|国家金融监督管理总局"
            + "|中国银行保险监督管理委员会|中国银保监会|中国证券监督管理委员会|国家烟草专卖局)");

    BodyName(Kind kind, DivisionResolver.Chain chain, String level, String organ, String source) {
        this(kind, chain, level, organ, source, "", "");
    }

    /** True when the name says who the body is without help from the rest of the report. */
    boolean isSpecific() {
        return kind == Kind.ZONE || !chain.isEmpty();
    }

    /** True for a government, a township or a zone's committee: bodies a report calls 我区, 我镇. */
    boolean isGovernmentLike() {
        return switch (kind) {
            case GOVERNMENT, TOWNSHIP -> true;
            case ZONE -> new ZoneNames.ZoneName(organ, unit).isCommittee();
            default -> false;
        };
    }

    /** True for a report that calls itself by its zone's short word only (经开区, 高新区). */
    boolean isZoneWord() {
        return kind == Kind.SELF && ZoneNames.selfWord(organ) != null;
    }

    /** Reads a name that starts at the beginning of {@code text}; null when it names no body. */
    static BodyName read(String text, String source, DivisionResolver resolver, Integer year) {
        String s = text.strip();
        Matcher head = HEAD.matcher(s);
        if (head.find()) {
            BodyName local = read(s.substring(head.end()), source, resolver, year);
            boolean office = local != null && local.head.isEmpty() && local.isSpecific() && !local.isGovernmentLike();
            return office ? local.withHead(head.group()) : null;
        }
        Matcher self = SELF_GOVERNMENT.matcher(s);
        if (self.find()) {
            return new BodyName(Kind.SELF, empty(), self.group(1), self.group(1), source);
        }
        Matcher selfBody = SELF_BODY.matcher(s);
        if (selfBody.find()) {
            return new BodyName(Kind.SELF, empty(), "", selfBody.group(1), source);
        }
        String zoneWord = ZoneNames.selfWord(s);
        if (zoneWord != null) {
            return new BodyName(Kind.SELF, empty(), "", zoneWord, source);
        }
        DivisionResolver.Chain chain = resolver.chainAt(s, 0, year);
        if (chain.isEmpty()) {
            return withoutDivision(s, source);
        }
        return afterDivision(s.substring(chain.end()), chain, source);
    }

    private BodyName withHead(String system) {
        return new BodyName(kind, chain, level, organ, source, system, unit);
    }

    private static BodyName withoutDivision(String s, String source) {
        ZoneNames.ZoneName zone = ZoneNames.read(s, false, source.equals(OPENING_SENTENCE));
        if (zone != null) {
            return zone(empty(), zone, source);
        }
        Matcher township = TOWNSHIP.matcher(s);
        if (township.find()) {
            return new BodyName(Kind.TOWNSHIP, empty(), "", township.group(1), source);
        }
        Matcher bare = BARE_LEVEL.matcher(s);
        if (bare.find()) {
            BodyName rest = afterDivision(s.substring(1), empty(), source);
            return rest == null || rest.kind() == Kind.GOVERNMENT || rest.kind() == Kind.ZONE ? null
                    : new BodyName(rest.kind(), empty(), bare.group(1), rest.organ(), source);
        }
        return null;
    }

    /** What follows the division names: nothing (the government), 人民政府 and an office, a township …. */
    private static BodyName afterDivision(String rest, DivisionResolver.Chain chain, String source) {
        Matcher government = GOVERNMENT_WORD.matcher(rest);
        if (government.find()) {
            return afterGovernmentWord(rest.substring(government.end()), chain, source);
        }
        Matcher township = TOWNSHIP.matcher(rest);
        if (township.find()) {
            return new BodyName(Kind.TOWNSHIP, chain, "", township.group(1), source);
        }
        ZoneNames.ZoneName zone = ZoneNames.read(rest, true, source.equals(OPENING_SENTENCE));
        if (zone != null) {
            return zone(chain, zone, source);
        }
        String organ = OrganNames.organAt(rest);
        if (organ == null) {
            // 中山大学 is no government of 中山市: the division must stand alone or open a sentence.
            boolean alone = rest.isEmpty() || !isHan(rest.charAt(0)) || OrganNames.opensPredicate(rest)
                    || source.equals(OPENING_SENTENCE);
            return alone ? new BodyName(Kind.GOVERNMENT, chain, "", "", source) : null;
        }
        if (OrganNames.namesUnreadPlace(organ)) {
            // 福建省某某县地税局 whose county is not in the gazetteer: not a department of the province.
            return null;
        }
        return new BodyName(OrganNames.isGovernmentOffice(organ) ? Kind.OFFICE : Kind.DEPARTMENT, chain, "", organ,
                source);
    }

    /**
     * After 人民政府: nothing (the government) or an office of it, a sub-district's office among them
     * (武侯区人民政府玉林街道办事处 keeps the form the report gives).
     */
    private static BodyName afterGovernmentWord(String rest, DivisionResolver.Chain chain, String source) {
        String organ = OrganNames.organAt(rest);
        return organ == null ? new BodyName(Kind.GOVERNMENT, chain, "", "", source)
                : new BodyName(Kind.OFFICE, chain, "", organ, source);
    }

    private static BodyName zone(DivisionResolver.Chain chain, ZoneNames.ZoneName zone, String source) {
        return new BodyName(Kind.ZONE, chain, "", zone.zone(), source, "", zone.unit());
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static DivisionResolver.Chain empty() {
        return new DivisionResolver.Chain(List.of(), List.of(), 0);
    }
}
