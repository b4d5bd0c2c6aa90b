package org.disclosurekg.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the bodies of development zones (平潭综合实验区管委会, 平潭综合实验区公安局) and says why they have no
 * division code: a zone is not an administrative division, and a body of it takes no code from the county or
 * province around it, since that would be a guess.
 */
final class ZoneBodies {
    /** A zone's committee named by its short word, as the zone's own departments name their superior (区管委会). */
    private static final Pattern SUPERIOR = Pattern.compile("(?:^|[^\\p{IsHan}]|在|和|及|、|按照|根据)"
            + "(?<c>(?:区|实验区|试验区|新区|开发区|高新区|经开区)(?:党工委)?(?:管委会|管理委员会))");

    /** The sources that are the report's own words about itself. */
    private static final Set<String> OWN_WORDS = Set.of(BodyName.TITLE, BodyName.TITLE_LINE, BodyName.PREAMBLE,
            BodyName.OPENING_SENTENCE, "compiler", "signature");

    private final DivisionResolver resolver;
    private final MentionedDivisions mentioned;
    private final String text;

    ZoneBodies(DivisionResolver resolver, MentionedDivisions mentioned, String text) {
        this.resolver = resolver;
        this.mentioned = mentioned;
        this.text = text;
    }

    /** The zone's body the name stands for; {@code others} are the report's other names, for the note. */
    BodyResolver.Body body(BodyName name, List<BodyName> others) {
        String written = String.join("", name.chain().names()) + name.organ();
        String unit = name.unit().isEmpty() ? committeeWord(name.organ()) : name.unit();
        String body = name.head() + written + unit;
        boolean committee = new ZoneNames.ZoneName(name.organ(), name.unit()).isCommittee();
        String note = written + " is not an administrative division; it has no GB/T 2260 code"
                + (committee ? "" : ", and neither has " + body + ", a body of it") + where(name) + statistical(name, written)
                + otherNames(name, committee, others);
        return new BodyResolver.Body(body, false, null, note);
    }

    /** The words by which a report that calls itself 我局 answers to a zone's committee (区管委会), or null. */
    String superior() {
        Matcher m = SUPERIOR.matcher(text);
        return m.find() ? m.group("c") : null;
    }

    /** Why a report that speaks of itself as a zone (经开区) has no code. */
    static String zoneNote(String selfWord) {
        return "the report speaks of itself as " + selfWord + " (a development zone) and never gives its full name;"
                + " a zone is not an administrative division and has no GB/T 2260 code";
    }

    /** Why a report that calls itself 我局 and answers to a zone's committee has no code. */
    static String departmentNote(String selfWord, String superior) {
        return "the report calls itself " + selfWord + " and answers to " + superior + ", a development zone's"
                + " committee: a department of a zone has no GB/T 2260 code, and the report never gives its full name";
    }

    private String where(BodyName name) {
        List<Division> in = name.chain().isEmpty() ? List.of() : resolver.resolve(name.chain(), mentioned::counts);
        return in.size() == 1 ? "; it lies in " + in.get(0).name() + " (" + in.get(0).code() + ")" : "";
    }

    private String statistical(BodyName name, String written) {
        String code = resolver.statisticalCode(written);
        List<Division> in = name.chain().isEmpty() ? List.of() : resolver.resolve(name.chain(), mentioned::counts);
        if (code == null && in.size() == 1) {
            code = resolver.statisticalCode(in.get(0).name() + name.organ());
        }
        return code == null ? "" : "; the statistics bureau lists it under " + code
                + ", a statistical code, not a division code";
    }

    /**
     * What a less trusted name in the report's own words (not a site's metadata) says when it gives the same
     * kind of body under a division (平潭县地税局).
     */
    private String otherNames(BodyName name, boolean committee, List<BodyName> others) {
        for (BodyName other : others) {
            if (!OWN_WORDS.contains(other.source())) {
                continue;
            }
            boolean sameKind = committee ? other.kind() == BodyName.Kind.GOVERNMENT
                    : other.kind() == BodyName.Kind.DEPARTMENT || other.kind() == BodyName.Kind.OFFICE;
            List<Division> d = sameKind && !other.chain().isEmpty()
                    ? resolver.resolve(other.chain(), mentioned::counts) : List.of();
            if (d.size() == 1) {
                String called = other.kind() == BodyName.Kind.GOVERNMENT ? OrganNames.government(d.get(0))
                        : String.join("", other.chain().names()) + other.organ();
                return "; the " + other.source() + " calls it " + called + " (" + d.get(0).name() + ", " + d.get(0).code() + "), but the "
                        + name.source() + "'s name is followed, and a body of the zone is given no code rather than"
                        + " a guessed one";
            }
        }
        return "";
    }

    /** The committee named as the report names it: 管委会 where it says so, else the full 管理委员会. */
    private String committeeWord(String zone) {
        boolean shortWord = text.contains(zone + "管委会") || text.contains("管委会") && !text.contains("管理委员会");
        return shortWord ? "管委会" : "管理委员会";
    }
}
