package org.disclosurekg.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.disclosurekg.extract.Gazetteer;
import org.disclosurekg.extract.ReportFacts;
import org.disclosurekg.extract.ReportIdentity;
import org.disclosurekg.vocab.CodeList;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.PROV;

/** Writes the report itself: its source file, year and template, its issuing body and its division. */
final class ReportDescriber {
    /** IANA's media-type registry, whose entries DCAT recommends as {@code dcterms:format} values. */
    static final String IANA_MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    private final Iris iris;
    private final DivisionMapper divisions;

    ReportDescriber(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.divisions = new DivisionMapper(iris, gazetteer);
    }

    /**
     * The report's title as printed; a report without one is called after its body and year (a name for
     * people to read, not a title: dcterms:title is only ever the printed one), else after its file.
     */
    private static org.apache.jena.rdf.model.Literal label(Model model, ReportFacts facts) {
        ReportIdentity id = facts.identity();
        if (!blank(id.title())) {
            return Literals.zh(id.title());
        }
        if (!blank(id.body()) && id.year() != null) {
            return Literals.zh(id.body() + id.year() + "年政府信息公开工作年度报告");
        }
        return model.createLiteral(facts.sourceName());
    }

    /** Writes the report, body and division triples; the report's resource. */
    Resource describe(Model model, ReportFacts facts, String reportIri) {
        ReportIdentity id = facts.identity();
        Resource report = model.createResource(reportIri)
                .addProperty(RDF.type, DKG.AnnualReport)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(RDFS.label, label(model, facts))
                .addProperty(DKG.template, CodeList.TEMPLATE.concept(id.template().key()));
        source(model, report, facts);
        if (!blank(id.title())) {
            report.addProperty(DCTerms.title, Literals.zh(id.title()));
        }
        if (id.year() != null) {
            report.addProperty(DKG.reportYear, Literals.year(id.year()));
        }
        Resource division = division(model, report, id);
        if (!blank(id.body())) {
            report.addProperty(DKG.issuedBy, body(model, id, division));
        }
        return report;
    }

    private void source(Model model, Resource report, ReportFacts facts) {
        report.addProperty(DKG.sourceFileName, facts.sourceName())
                .addProperty(DKG.sha256, facts.sha256())
                .addProperty(DKG.sourceCharset, facts.charset())
                .addProperty(DKG.convertedFromTraditional, Literals.bool(facts.traditional()));
        String mediaType = facts.mediaType().split(";")[0].trim();
        if (!mediaType.isEmpty()) {
            Resource format = model.createResource(IANA_MEDIA_TYPES + mediaType)
                    .addProperty(RDF.type, DCTerms.MediaType);
            report.addProperty(DCTerms.format, format);
        }
        String url = facts.identity().sourceUrl();
        if (!blank(url)) {
            report.addProperty(DKG.sourceUrl, model.createTypedLiteral(url.trim(), XSDDatatype.XSDanyURI));
        }
    }

    /** The report's division with its ancestors, or the note saying why there is none. */
    private Resource division(Model model, Resource report, ReportIdentity id) {
        if (blank(id.divisionCode())) {
            String note = blank(id.divisionNote()) ? "no division identified" : id.divisionNote();
            report.addProperty(DKG.divisionNote, note);
            return null;
        }
        Resource division = divisions.withAncestors(model, id.divisionCode(), id.year());
        report.addProperty(DKG.division, division);
        return division;
    }

    private Resource body(Model model, ReportIdentity id, Resource division) {
        Resource body = model.createResource(iris.body(id))
                .addProperty(RDF.type, DKG.GovernmentBody)
                .addProperty(RDF.type, ORG.Organization)
                .addProperty(SKOS.prefLabel, Literals.zh(id.body()))
                .addProperty(RDFS.label, Literals.zh(id.body()));
        if (division != null) {
            body.addProperty(DKG.division, division);
        }
        return body;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
