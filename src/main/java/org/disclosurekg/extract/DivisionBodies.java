package org.disclosurekg.extract;

import java.util.List;
import org.disclosurekg.document.SourceRef;

/**
 * Names a body of a decided division in full (武汉市汉阳区人民政府, 郴州市工业和信息化局, 福州市公安局晋安分局,
 * 国家税务总局福州市晋安区税务局, 建水县青龙镇人民政府) and notes how it was filed: a township under its county, a
 * branch under its bureau's division, a tax office under the division it serves.
 */
final class DivisionBodies {
    private final DivisionResolver resolver;
    private final List<ExtractionNote> notes;

    DivisionBodies(DivisionResolver resolver, List<ExtractionNote> notes) {
        this.resolver = resolver;
        this.notes = notes;
    }

    /** The full name of the body the name stands for, as a body of {@code d}. */
    BodyResolver.Body named(BodyName name, Division d) {
        String organ = name.organ();
        if (!name.head().isEmpty()) {
            note("verticalBody", name.head() + OrganNames.prefix(d) + organ + " is a local office of " + name.head()
                    + " (vertically managed); it is filed under the division it serves, " + d.name() + " (" + d.code()
                    + ")");
        }
        if (OrganNames.isBranch(organ)) {
            note("branch", organ + " is a branch of a bureau of " + d.name() + "; it is filed under " + d.name()
                    + " (" + d.code() + "), the division of the bureau it belongs to" + served(organ, d));
        }
        return switch (name.kind()) {
            case GOVERNMENT, SELF -> new BodyResolver.Body(OrganNames.government(d), true, d, "");
            case OFFICE -> new BodyResolver.Body(OrganNames.government(d) + organ, false, d, "");
            case DEPARTMENT -> new BodyResolver.Body(name.head() + OrganNames.prefix(d) + organ, false, d, "");
            case TOWNSHIP -> township(d, organ);
            case ZONE -> throw new IllegalArgumentException("a zone is no body of a division: " + name.organ());
        };
    }

    /** The division a branch is named after (公安局江岸区分局: 江岸区), when its name is one inside {@code d}. */
    private String served(String branch, Division d) {
        String stem = branch.substring(branch.indexOf('局') + 1);
        DivisionResolver.Chain chain = resolver.chainAt(stem, 0, null);
        List<Division> in = chain.isEmpty() ? List.of() : chain.steps().get(0).stream()
                .filter(x -> resolver.inside(x, d)).toList();
        return in.size() == 1 ? "; it serves " + in.get(0).name() + " (" + in.get(0).code() + ")" : "";
    }

    /** The government or office of a township or sub-district, filed under its county. */
    BodyResolver.Body township(Division county, String township) {
        note("township", township + " is a township-level division of " + county.name()
                + "; GB/T 2260 codes stop at the county level, so the report is filed under " + county.code());
        String suffix = township.endsWith("街道") ? "办事处" : "人民政府";
        return new BodyResolver.Body(OrganNames.prefix(county) + township + suffix, false, county, "");
    }

    /** The body as the report names it, without a code, when its name stands for several divisions. */
    BodyResolver.Body ambiguous(BodyName name, List<Division> candidates) {
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
            default -> name.head() + stated + name.organ();
        };
        return new BodyResolver.Body(body, name.kind() == BodyName.Kind.GOVERNMENT, null, note);
    }

    private void note(String code, String message) {
        notes.add(new ExtractionNote(code, message, SourceRef.UNKNOWN));
    }
}
