package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurekg.document.SourceRef;

/**
 * Decides the issuing body and its division from the names a report gives (see {@link BodySources}): the
 * most trusted name that says who the body is wins; a report that only speaks of itself (我区, 我办) takes
 * its division from the division it names most at the level its own words give (全区), and a department its
 * name from the abbreviation it uses (法制办). A name that stays ambiguous, a zone and a body of a zone get no
 * code; no report is filed under a higher division because a lower one was not found.
 */
final class BodyResolver {
    private final DivisionResolver resolver;
    private final MentionedDivisions mentioned;
    private final ZoneBodies zones;
    private final DivisionBodies bodies;
    private final List<ExtractionNote> notes = new ArrayList<>();

    /**
     * The body as decided.
     *
     * @param name the full name, empty when it cannot be told
     * @param government true for the people's government of the division itself
     * @param division the division, or null
     * @param divisionNote why there is no division code, empty when there is one
     */
    record Body(String name, boolean government, Division division, String divisionNote) {
    }

    BodyResolver(DivisionResolver resolver, Integer year, String text) {
        this.resolver = resolver;
        this.mentioned = new MentionedDivisions(resolver, year, text);
        this.zones = new ZoneBodies(resolver, mentioned, text);
        this.bodies = new DivisionBodies(resolver, notes);
    }

    List<ExtractionNote> notes() {
        return notes;
    }

    /** The body the names point to. */
    Body resolve(List<BodyName> names) {
        if (names.isEmpty()) {
            return unknown("the report names no issuing body in its title, preamble or metadata");
        }
        BodyName first = selfReference(names);
        for (BodyName name : names) {
            if (name.isSpecific() && compatible(first, name)) {
                return specific(generalOfficeAsGovernment(name), names);
            }
        }
        if (first.kind() == BodyName.Kind.TOWNSHIP) {
            return townshipWithoutCounty(first.organ());
        }
        return fromMentions(generalOfficeAsGovernment(first));
    }

    /**
     * The name the report's first words stand for: the first name, except that a report calling itself 我区
     * and elsewhere 我区管委会 speaks for a zone, whatever a site's metadata says.
     */
    private static BodyName selfReference(List<BodyName> names) {
        BodyName first = names.get(0);
        if (first.kind() != BodyName.Kind.SELF || first.level().isEmpty()) {
            return first;
        }
        return names.stream().filter(BodyName::isZoneWord).findFirst().orElse(first);
    }

    /** A report compiled or signed by a government's (or zone's) general office is that government's report. */
    private static BodyName generalOfficeAsGovernment(BodyName name) {
        boolean compiler = !BodyName.NAMING.contains(name.source());
        if (compiler && name.kind() == BodyName.Kind.ZONE && OrganNames.isGeneralOffice(
                ZoneNames.withoutCommittee(name.unit()))) {
            return new BodyName(BodyName.Kind.ZONE, name.chain(), "", name.organ(), name.source(), name.head(),
                    ZoneNames.committeeOf(name.unit()));
        }
        if (compiler && name.kind() == BodyName.Kind.OFFICE && OrganNames.isGeneralOffice(name.organ())) {
            return name.chain().isEmpty()
                    ? new BodyName(BodyName.Kind.SELF, name.chain(), name.level(), name.level(), name.source())
                    : new BodyName(BodyName.Kind.GOVERNMENT, name.chain(), "", "", name.source());
        }
        return name;
    }

    /** A later name may stand for a report that first calls itself 我区 (a government) or 我局 (a department). */
    private static boolean compatible(BodyName first, BodyName later) {
        if (first == later || first.kind() != BodyName.Kind.SELF) {
            return true;
        }
        if (first.isZoneWord()) {
            return later.kind() == BodyName.Kind.ZONE;
        }
        return !first.level().isEmpty() == later.isGovernmentLike();
    }

    private Body specific(BodyName name, List<BodyName> names) {
        if (name.kind() == BodyName.Kind.ZONE) {
            return zone(name, names);
        }
        List<Division> candidates = resolver.resolve(name.chain(), mentioned::counts);
        if (candidates.isEmpty()) {
            return unknown(name.chain().last() + " is not a division of the gazetteer in the report's year");
        }
        if (candidates.size() > 1) {
            return bodies.ambiguous(name, candidates);
        }
        return named(name, candidates.get(0));
    }

    /**
     * A self-reference (我区) or a department without its division (区教育局): the division named most at the
     * level the name or the report's own words (全区, 本市) give. A department answering to a zone's committee
     * (区管委会) belongs to the zone and gets no code.
     */
    private Body fromMentions(BodyName name) {
        if (name.isZoneWord()) {
            String word = ZoneNames.selfWord(name.organ());
            return zoneSelf(word, ZoneBodies.zoneNote(word));
        }
        boolean department = name.kind() == BodyName.Kind.SELF && name.level().isEmpty();
        String superior = department ? zones.superior() : null;
        if (superior != null) {
            return zoneSelf(selfWord(name), ZoneBodies.departmentNote(selfWord(name), superior));
        }
        String level = name.level().isEmpty() ? mentioned.levelWord() : name.level();
        List<Division> top = mentioned.mostNamed(level);
        if (top.size() != 1) {
            return unknown("the report calls itself " + selfWord(name) + " and names no single division at that level");
        }
        Division d = top.get(0);
        note("divisionFromMentions", "the report calls itself " + selfWord(name) + "; " + d.name()
                + " is the division it names most");
        if (!department) {
            return named(name, d);
        }
        String organ = mentioned.abbreviatedOffice();
        if (organ == null) {
            note("bodyUnknown", "the report calls itself " + selfWord(name) + " but never gives its own name");
            return new Body("", false, d, "");
        }
        BodyName office = new BodyName(OrganNames.isGovernmentOffice(organ) ? BodyName.Kind.OFFICE
                : BodyName.Kind.DEPARTMENT, name.chain(), "", organ, name.source());
        return named(office, d);
    }

    private Body zoneSelf(String word, String why) {
        note("noDivision", why);
        note("bodyUnknown", "the report calls itself " + word + " but never gives its own name");
        return new Body("", false, null, why);
    }

    private Body named(BodyName name, Division d) {
        return name.kind() == BodyName.Kind.ZONE ? zone(name, List.of()) : bodies.named(name, d);
    }

    /** A township named alone (青龙镇) takes its county from where the text writes them together (建水县青龙镇). */
    private Body townshipWithoutCounty(String township) {
        Set<Division> counties = mentioned.countiesBefore(township);
        if (counties.size() != 1) {
            return unknown(township + " is a township, and the report does not say of which county");
        }
        return bodies.township(counties.iterator().next(), township);
    }

    private Body zone(BodyName name, List<BodyName> names) {
        Body body = zones.body(name, names.stream().filter(n -> n != name).toList());
        note("noDivision", body.divisionNote());
        return body;
    }

    private Body unknown(String why) {
        note("bodyUnknown", why);
        return new Body("", false, null, why);
    }

    private static String selfWord(BodyName name) {
        return name.kind() == BodyName.Kind.SELF ? "我" + name.organ() : name.organ();
    }

    private void note(String code, String message) {
        notes.add(new ExtractionNote(code, message, SourceRef.UNKNOWN));
    }
}
