package org.disclosurekg.map;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.disclosurekg.check.Finding;
import org.disclosurekg.extract.ExtractionNote;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.extract.FactKey;
import org.disclosurekg.extract.Gazetteer;
import org.disclosurekg.extract.ReportFacts;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.Prefixes;

/**
 * Maps one report's facts and findings to a self-contained RDF graph: the report with its body and
 * division, one Data Cube observation per fact, one quality measurement per finding, one annotation per
 * extraction note, and the data sets and structures the observations use.
 */
public final class ReportMapper {
    private final Iris iris;
    private final Codes codes = Codes.get();
    private final Gazetteer gazetteer;

    public ReportMapper(Iris iris) {
        this(iris, Gazetteer.get());
    }

    ReportMapper(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.gazetteer = gazetteer;
    }

    public Iris iris() {
        return iris;
    }

    /** The graph of one report, its observations under {@code reportIri}. */
    public Model map(ReportFacts facts, List<Finding> findings, String reportIri) {
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.withBase(iris.base()));
        Resource report = new ReportDescriber(iris, gazetteer).describe(model, facts, reportIri);
        Statement year = report.getProperty(DKG.reportYear);
        Statement division = report.getProperty(DKG.division);
        ReportContext ctx = new ReportContext(model, iris, report, year == null ? null : year.getLiteral(),
                division == null ? null : division.getResource());
        LegacyIndicators legacy = new LegacyIndicators(codes, facts.facts());
        Map<FactKey, Resource> observations = observations(ctx, facts, legacy);
        CheckMapper checks = new CheckMapper(codes, legacy);
        findings.forEach(f -> checks.map(ctx, f, observations));
        return model;
    }

    /** Writes the observations, their data sets and the notes; a key stated twice keeps its first number. */
    private Map<FactKey, Resource> observations(ReportContext ctx, ReportFacts facts, LegacyIndicators legacy) {
        CubeStructures structures = new CubeStructures(iris);
        ObservationMapper mapper = new ObservationMapper(codes, structures, legacy);
        Map<FactKey, Resource> observations = new HashMap<>();
        Set<CubeDataset> datasets = EnumSet.noneOf(CubeDataset.class);
        List<ExtractionNote> notes = new java.util.ArrayList<>(facts.notes());
        for (Fact fact : facts.facts()) {
            if (observations.containsKey(fact.key())) {
                notes.add(DuplicateFacts.note(fact, observations.get(fact.key())));
                continue;
            }
            observations.put(fact.key(), mapper.map(ctx, fact));
            datasets.add(mapper.dataset(fact));
        }
        structures.add(ctx.model(), datasets);
        NoteMapper noteMapper = new NoteMapper();
        for (int i = 0; i < notes.size(); i++) {
            noteMapper.map(ctx, notes.get(i), i + 1);
        }
        return observations;
    }
}
