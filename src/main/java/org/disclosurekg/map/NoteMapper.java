package org.disclosurekg.map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.disclosurekg.extract.ExtractionNote;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.DQV;

/** Writes extraction notes as DQV quality annotations of the report. */
final class NoteMapper {

    /** Writes the {@code n}th note (1-based) of the report. */
    Resource map(ReportContext ctx, ExtractionNote note, int n) {
        Resource r = ctx.model().createResource(ctx.iris().note(ctx.report().getURI(), n))
                .addProperty(RDF.type, DKG.ExtractionNote)
                .addProperty(RDF.type, DQV.QualityAnnotation)
                .addProperty(OA.hasTarget, ctx.report())
                .addProperty(OA.motivatedBy, DQV.qualityAssessment)
                .addProperty(DKG.noteCode, note.code())
                .addProperty(RDFS.comment, Literals.en(note.message()));
        ObservationMapper.source(r, note.source());
        return r;
    }
}
