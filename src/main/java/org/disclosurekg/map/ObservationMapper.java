package org.disclosurekg.map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.disclosurekg.document.SourceRef;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.vocab.CodeList;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.PROV;
import org.disclosurekg.vocab.QB;
import org.disclosurekg.vocab.SDMX;

/**
 * Writes one fact as a Data Cube observation: its dimensions, its value (none for a blank cell, whose
 * status is then missing), its attributes and where in the report it stands.
 */
final class ObservationMapper {
    private final Codes codes;
    private final CubeStructures structures;
    private final LegacyIndicators legacy;

    ObservationMapper(Codes codes, CubeStructures structures, LegacyIndicators legacy) {
        this.codes = codes;
        this.structures = structures;
        this.legacy = legacy;
    }

    /** The observation IRI of a fact. */
    String iri(ReportContext ctx, Fact fact) {
        String row = fact.table() == ReportTable.LEGACY ? legacy.key(fact.row()) : fact.row();
        return ctx.iris().observation(ctx.report().getURI(), fact.table(), fact.scope(), row, fact.column());
    }

    /** The data set the fact's observation belongs to. */
    CubeDataset dataset(Fact fact) {
        return switch (fact.table()) {
            case T2 -> CubeDataset.PROACTIVE;
            case T3 -> CubeDataset.APPLICATIONS;
            case T4 -> CubeDataset.PROCEEDINGS;
            case LEGACY -> CubeDataset.LEGACY;
            case NARRATIVE -> codes.channelOf(CodeList.NARRATIVE.concept(fact.row())).isPresent()
                    ? CubeDataset.CHANNELS : CubeDataset.NARRATIVE;
        };
    }

    /** Writes the observation of a fact; its resource. */
    Resource map(ReportContext ctx, Fact fact) {
        Model model = ctx.model();
        Resource obs = model.createResource(iri(ctx, fact))
                .addProperty(RDF.type, QB.Observation)
                .addProperty(QB.dataSet, structures.dataset(model, dataset(fact)))
                .addProperty(DKG.report, ctx.report())
                .addProperty(DKG.scope, ctx.scope(fact.scope()));
        if (ctx.year() != null) {
            obs.addProperty(SDMX.refPeriod, ctx.year());
        }
        if (ctx.division() != null) {
            obs.addProperty(SDMX.refArea, ctx.division());
        }
        dimensions(obs, fact);
        value(obs, fact);
        provenance(obs, ctx, fact);
        return obs;
    }

    private void dimensions(Resource obs, Fact fact) {
        TableLayout layout = TableLayout.of(fact.table());
        if (layout.rows() == null) {
            obs.addProperty(layout.rowDimension(), Literals.zh(fact.row()));
            legacy.concept(fact.row()).ifPresent(c -> obs.addProperty(DKG.indicatorConcept, c));
        } else {
            coded(obs, layout.rowDimension(), layout.rows(), fact.row());
        }
        if (layout.columns() != null) {
            coded(obs, layout.columnDimension(), layout.columns(), fact.column());
        }
        if (fact.table() == ReportTable.NARRATIVE) {
            codes.channelOf(CodeList.NARRATIVE.concept(fact.row())).ifPresent(c -> obs.addProperty(DKG.channel, c));
        }
    }

    /** A coded dimension; a key that is not a plain key is left out (and the shapes say so). */
    private static void coded(Resource obs, org.apache.jena.rdf.model.Property dimension, CodeList list, String key) {
        if (Iris.segment(key, "k").equals(key)) {
            obs.addProperty(dimension, list.concept(key));
        }
    }

    private static void value(Resource obs, Fact fact) {
        boolean stated = fact.value() != null;
        if (stated) {
            obs.addProperty(SDMX.obsValue, Literals.number(fact.value()));
        }
        obs.addProperty(DKG.status, CodeList.STATUS.concept(stated ? "stated" : "missing"))
                .addProperty(DKG.approximate, Literals.bool(fact.approximate()))
                .addProperty(DKG.reportTable, CodeList.TABLE.concept(fact.table().key()));
        optional(obs, DKG.unit, fact.unit(), false);
        optional(obs, DKG.qualifier, fact.qualifier(), true);
        optional(obs, DKG.account, fact.account(), true);
        optional(obs, DKG.printedLabel, fact.label(), true);
    }

    private static void provenance(Resource obs, ReportContext ctx, Fact fact) {
        obs.addProperty(PROV.wasDerivedFrom, ctx.report());
        source(obs, fact.source());
        optional(obs, DKG.sourceText, fact.quote(), true);
    }

    /** The line and page of a source position, each only when known. */
    static void source(Resource subject, SourceRef source) {
        if (source == null) {
            return;
        }
        if (source.line() > 0) {
            subject.addProperty(DKG.sourceLine, Literals.positive(source.line()));
        }
        if (source.page() > 0) {
            subject.addProperty(DKG.sourcePage, Literals.positive(source.page()));
        }
    }

    private static void optional(Resource obs, org.apache.jena.rdf.model.Property p, String text, boolean chinese) {
        if (text != null && !text.isBlank()) {
            obs.addProperty(p, chinese ? Literals.zh(text) : obs.getModel().createLiteral(text));
        }
    }
}
