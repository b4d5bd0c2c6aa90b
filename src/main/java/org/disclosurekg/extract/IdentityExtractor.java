package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.SourceRef;

/**
 * Identifies a report: the year it covers (title, else statistics period, else the year its opening
 * speaks of, never a date of publication), its template (from the words of its tables where they show it,
 * else from the year), the issuing body with its GB/T 2260 division, and the address it was taken from.
 */
public final class IdentityExtractor {
    private final DivisionResolver resolver;

    public IdentityExtractor() {
        this.resolver = DivisionResolver.get();
    }

    /** The identity of a report, with the notes on what could not be told for sure. */
    public record Result(ReportIdentity identity, List<ExtractionNote> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** The identity of the report. */
    public ReportIdentity extract(ReportDocument document) {
        return identify(document).identity();
    }

    /** The identity of the report, with notes. */
    public Result identify(ReportDocument document) {
        List<ExtractionNote> notes = new ArrayList<>();
        Optional<ReportTitles.Title> title = ReportTitles.title(document);
        Integer year = year(document, title, notes);
        Template template = template(document, year, notes);
        BodyResolver bodies = new BodyResolver(resolver, year, text(document));
        BodyResolver.Body body = bodies.resolve(new BodySources(resolver, year).find(document));
        notes.addAll(bodies.notes());
        ReportIdentity identity = new ReportIdentity(title.map(ReportTitles.Title::text).orElse(""), body.name(),
                body.government(), body.division() == null ? null : body.division().code(), body.divisionNote(), year,
                template, ReportTitles.sourceUrl(document));
        return new Result(identity, notes);
    }

    private static Integer year(ReportDocument document, Optional<ReportTitles.Title> title,
            List<ExtractionNote> notes) {
        if (title.isPresent() && title.get().year() != null) {
            return title.get().year();
        }
        Optional<ReportTitles.Title> named = ReportTitles.inText(document);
        if (named.isPresent()) {
            return named.get().year();
        }
        Optional<Integer> period = ReportYears.statisticsPeriod(document);
        if (period.isPresent()) {
            return period.get();
        }
        Optional<Integer> most = ReportYears.mostNamed(document);
        most.ifPresent(y -> notes.add(new ExtractionNote("yearFromText", "the report states its year neither in a "
                + "title nor in a statistics period; " + y + " is the year its opening sections name most",
                SourceRef.UNKNOWN)));
        if (most.isEmpty()) {
            notes.add(new ExtractionNote("yearUnknown", "the report does not say which year it covers",
                    SourceRef.UNKNOWN));
        }
        return most.orElse(null);
    }

    private static Template template(ReportDocument document, Integer year, List<ExtractionNote> notes) {
        Optional<TemplateDetector.Evidence> evidence = TemplateDetector.fromText(document);
        if (year == null) {
            Template t = evidence.map(TemplateDetector.Evidence::template).orElse(Template.V2019);
            if (evidence.isEmpty()) {
                notes.add(new ExtractionNote("templateUnknown", "neither the year nor the tables show the format; "
                        + "the 2019 format is assumed", SourceRef.UNKNOWN));
            }
            return t;
        }
        Template byYear = TemplateDetector.byYear(year);
        if (evidence.isPresent() && evidence.get().template() != byYear) {
            notes.add(new ExtractionNote("templateFromText", "a " + year + " report would use the " + byYear.key()
                    + " format, but its tables use the " + evidence.get().template().key() + " format ("
                    + evidence.get().words() + "); the text is followed", SourceRef.UNKNOWN));
            return evidence.get().template();
        }
        return byYear;
    }

    private static String text(ReportDocument document) {
        StringBuilder s = new StringBuilder();
        for (Block b : document.blocks()) {
            if (b instanceof Paragraph p) {
                s.append(p.text()).append('\n');
            }
        }
        return s.toString();
    }
}
