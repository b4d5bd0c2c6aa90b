package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurekg.document.SourceRef;

/**
 * Decides the issuing body and its division from the names a report gives (see {@link BodySources}): the
 * most trusted name that says who the body is wins; a report that only speaks of itself (我区, 我办) takes
 * its division from the division it names most at that level, and a department its name from the
 * abbreviation it uses (法制办). A name that stays ambiguous gets no code.
 */
final class BodyResolver {
    private final DivisionResolver resolver;
    private final String text;
    private final MentionedDivisions mentioned;
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
        this.text = text;
        this.mentioned = new MentionedDivisions(resolver, year, text);
    }

    List<ExtractionNote> notes() {
        return notes;
    }

    /** The body the names point to. */
    Body resolve(List<BodyName> names) {
        if (names.isEmpty()) {
            return unknown("the report names no issuing body in its title, preamble or metadata");
        }
        BodyName first = names.get(0);
        for (BodyName name : names) {
            if (name.isSpecific() && compatible(first, name)) {
                return specific(generalOfficeAsGovernment(name));
            }
        }
        if (first.kind() == BodyName.Kind.TOWNSHIP) {
            return townshipWithoutCounty(first.organ());
        }
        return fromMentions(generalOfficeAsGovernment(first));
    }

    /** A report compiled or signed by a government's general office is that government's report. */
    private static BodyName generalOfficeAsGovernment(BodyName name) {
        boolean compiler = !name.source().equals("title") && !name.source().equals("preamble")
                && !name.source().equals(BodyName.OPENING_SENTENCE);
        if (compiler && name.kind() == BodyName.Kind.OFFICE && OrganNames.isGeneralOffice(name.organ())) {
            return name.chain().isEmpty()
                    ? new BodyName(BodyName.Kind.SELF, name.chain(), name.level(), name.level(), name.source())
                    : new BodyName(BodyName.Kind.GOVERNMENT, name.chain(), "", "", name.source());
        }
        return name;
    }

    private static boolean compatible(BodyName first, BodyName later) {
        if (first == later || first.kind() != BodyName.Kind.SELF) {
            return true;
        }
        boolean governmentWord = !first.level().isEmpty();
        boolean governmentKind = later.kind() == BodyName.Kind.GOVERNMENT || later.kind() == BodyName.Kind.ZONE
                || later.kind() == BodyName.Kind.TOWNSHIP;
        return governmentWord == governmentKind;
    }

    private Body specific(BodyName name) {
        if (name.kind() == BodyName.Kind.ZONE) {
            return zone(name);
        }
        List<Division> candidates = resolver.resolve(name.chain(), mentioned::counts);
        if (candidates.isEmpty()) {
            return unknown(name.chain().last() + " is not a division of the gazetteer in the report's year");
        }
        if (candidates.size() > 1) {
            return ambiguous(name, candidates);
        }
        return named(name, candidates.get(0));
    }

    /** A self-reference (我区) or a department without its division (区教育局): the division named most. */
    private Body fromMentions(BodyName name) {
        String level = name.level().isEmpty() ? mentioned.levelWord() : name.level();
        List<Division> top = mentioned.mostNamed(level);
        if (top.size() != 1) {
            return unknown("the report calls itself " + selfWord(name) + " and names no single division at that level");
        }
        Division d = top.get(0);
        note("divisionFromMentions", "the report calls itself " + selfWord(name) + "; " + d.name()
                + " is the division it names most");
        if (name.kind() != BodyName.Kind.SELF || !name.level().isEmpty()) {
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

    private Body named(BodyName name, Division d) {
        String organ = name.organ();
        return switch (name.kind()) {
            case GOVERNMENT, SELF -> new Body(OrganNames.government(d), true, d, "");
            case OFFICE -> new Body(OrganNames.government(d) + organ, false, d, "");
            case DEPARTMENT -> new Body(OrganNames.prefix(d) + organ, false, d, "");
            case TOWNSHIP -> township(d, organ);
            case ZONE -> zone(name);
        };
    }

    /** A township named alone (青龙镇) takes its county from where the text writes them together (建水县青龙镇). */
    private Body townshipWithoutCounty(String township) {
        Set<Division> counties = mentioned.countiesBefore(township);
        if (counties.size() != 1) {
            return unknown(township + " is a township, and the report does not say of which county");
        }
        return township(counties.iterator().next(), township);
    }

    private Body township(Division county, String township) {
        note("township", township + " is a township-level division of " + county.name()
                + "; GB/T 2260 codes stop at the county level, so the report is filed under " + county.code());
        String suffix = township.endsWith("街道") ? "办事处" : "人民政府";
        return new Body(OrganNames.prefix(county) + township + suffix, false, county, "");
    }

    private Body zone(BodyName name) {
        String zone = name.organ();
        String written = String.join("", name.chain().names()) + zone;
        List<Division> in = name.chain().isEmpty() ? List.of() : resolver.resolve(name.chain(), mentioned::counts);
        String where = in.size() == 1 ? "; it lies in " + in.get(0).name() + " (" + in.get(0).code() + ")" : "";
        String statistical = resolver.statisticalCode(written);
        if (statistical == null && in.size() == 1) {
            statistical = resolver.statisticalCode(in.get(0).name() + zone);
        }
        String note = written + " is not an administrative division; it has no GB/T 2260 code" + where
                + (statistical == null ? "" : "; the statistics bureau lists it under " + statistical
                + ", a statistical code, not a division code");
        note("noDivision", note);
        // The committee is named as the report names it: 管委会 where it says so, else the full 管理委员会.
        boolean shortWord = text.contains(zone + "管委会") || text.contains("管委会") && !text.contains("管理委员会");
        String committee = shortWord ? "管委会" : "管理委员会";
        return new Body(written + committee, false, null, note);
    }

    private Body ambiguous(BodyName name, List<Division> candidates) {
        StringBuilder which = new StringBuilder();
        for (Division d : candidates) {
            which.append(which.length() == 0 ? "" : ", ").append(d.code()).append(' ').append(OrganNames.prefix(d));
        }
        String note = name.chain().last() + " names " + candidates.size() + " divisions (" + which
                + "); the report does not say which";
        note("ambiguousDivision", note);
        String stated = String.join("", name.chain().names());
        String body = switch (name.kind()) {
            case GOVERNMENT -> stated + "人民政府";
            case OFFICE -> stated + "人民政府" + name.organ();
            default -> stated + name.organ();
        };
        return new Body(body, name.kind() == BodyName.Kind.GOVERNMENT, null, note);
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
