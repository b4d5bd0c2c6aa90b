package org.disclosurekg.map;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.disclosurekg.check.Finding;
import org.disclosurekg.extract.FactKey;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.vocab.CodeList;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.DQV;

/**
 * Writes each accounting finding as a DQV quality measurement of the report: the rule, whether it
 * holds, the stated and computed numbers, what it is about and the observations it sums.
 */
final class CheckMapper {
    private final Codes codes;
    private final LegacyIndicators legacy;
    private final Map<String, Integer> minted = new HashMap<>();

    CheckMapper(Codes codes, LegacyIndicators legacy) {
        this.codes = codes;
        this.legacy = legacy;
    }

    /** Writes one finding; {@code observations} resolves its terms. */
    Resource map(ReportContext ctx, Finding finding, Map<FactKey, Resource> observations) {
        Resource rule = CodeList.RULE.concept(finding.rule().name());
        Resource check = ctx.model().createResource(iri(ctx, finding))
                .addProperty(RDF.type, DKG.AccountingCheck)
                .addProperty(RDF.type, DQV.QualityMeasurement)
                .addProperty(DQV.computedOn, ctx.report())
                .addProperty(DQV.isMeasurementOf, rule)
                .addProperty(DQV.value, Literals.bool(finding.holds()))
                .addProperty(DKG.reportTable, CodeList.TABLE.concept(finding.table().key()))
                .addProperty(DKG.scope, ctx.scope(finding.scope()));
        if (finding.stated() != null) {
            check.addProperty(DKG.statedValue, Literals.number(finding.stated()));
        }
        if (finding.computed() != null) {
            check.addProperty(DKG.computedValue, Literals.number(finding.computed()));
        }
        subject(rule, finding).ifPresent(s -> check.addProperty(DKG.checkSubject, s));
        for (FactKey term : finding.terms()) {
            Resource obs = observations.get(term);
            if (obs != null) {
                check.addProperty(DKG.involves, obs);
            }
        }
        if (finding.message() != null && !finding.message().isBlank()) {
            check.addProperty(RDFS.comment, Literals.en(finding.message()));
        }
        return check;
    }

    /** The concept the check is about: in the rule's subject code list, or a legacy indicator's concept. */
    private Optional<Resource> subject(Resource rule, Finding finding) {
        if (finding.table() == ReportTable.LEGACY) {
            return legacy.concept(finding.subject());
        }
        return codes.subjectScheme(rule)
                .map(scheme -> scheme.getURI().substring(DKG.CODE_NS.length()))
                .map(scheme -> DKG.code(scheme, finding.subject()))
                .filter(codes::declares);
    }

    /** The check's IRI, with a counter when the same rule and subject were checked twice. */
    private String iri(ReportContext ctx, Finding finding) {
        String iri = ctx.iris().check(ctx.report().getURI(), finding.rule().name(), finding.scope(),
                finding.subject());
        int n = minted.merge(iri, 1, Integer::sum);
        return n == 1 ? iri : iri + "-" + n;
    }
}
