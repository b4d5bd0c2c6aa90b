package org.disclosurekg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.disclosurekg.fixtures.Golden;
import org.disclosurekg.fixtures.Seeds;
import org.disclosurekg.fixtures.SourceTexts;
import org.disclosurekg.read.ReportReadException;
import org.disclosurekg.validate.ReportValidator;
import org.disclosurekg.validate.ValidationResult;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.QB;
import org.disclosurekg.vocab.SDMX;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden tests: each seed report converts to exactly its expected graph ({@code seeds/<slug>.expected.ttl}),
 * conforms to the shapes and the ontology, and keeps for every number the words it was read from.
 * Refresh the expected graphs with {@code mvn -B -o test -Dtest=SeedReportsTest -Dgolden.update=true}.
 */
class SeedReportsTest {
    private static final Converter CONVERTER = new Converter();
    private static final ReportValidator VALIDATOR = new ReportValidator();

    static List<Path> seeds() {
        return Seeds.inputs();
    }

    private static Model convert(Path seed) throws IOException, ReportReadException {
        return CONVERTER.convert(seed).model();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void convertsToItsExpectedGraph(Path seed) throws IOException, ReportReadException {
        Golden.check(Seeds.expected(seed), convert(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void conformsToTheShapesAndUsesOnlyDeclaredTerms(Path seed) throws IOException, ReportReadException {
        ValidationResult result = VALIDATOR.validate(convert(seed));
        assertTrue(result.conforms(), seed + ":\n" + result);
    }

    /** The rule for what "contains its value" means is {@link SourceTexts}. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyNumberKeepsTheWordsItWasReadFrom(Path seed) throws IOException, ReportReadException {
        Model model = convert(seed);
        List<String> unsupported = new ArrayList<>();
        model.listSubjectsWithProperty(RDF.type, QB.Observation)
                .forEachRemaining(obs -> check(obs, unsupported));
        unsupported.sort(null);
        assertEquals(List.of(), unsupported, seed + ": observations whose dkg:sourceText does not hold their value");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theSeedHasObservationsOrSaysWhyNot(Path seed) throws IOException, ReportReadException {
        Model model = convert(seed);
        boolean observations = model.contains(null, RDF.type, QB.Observation);
        boolean notes = model.contains(null, RDF.type, DKG.ExtractionNote);
        assertTrue(observations || notes, seed + ": neither a number nor an extraction note saying why there is none");
    }

    private static void check(Resource obs, List<String> unsupported) {
        List<String> texts = obs.listProperties(DKG.sourceText).mapWith(Statement::getString).toList();
        if (texts.isEmpty()) {
            unsupported.add(obs.getURI() + ": no dkg:sourceText");
            return;
        }
        Statement value = obs.getProperty(SDMX.obsValue);
        if (value == null) {
            return;
        }
        Literal number = value.getLiteral();
        if (texts.stream().noneMatch(t -> SourceTexts.supports(t, new BigDecimal(number.getLexicalForm())))) {
            unsupported.add(obs.getURI() + ": value " + number.getLexicalForm() + " not in " + texts);
        }
    }
}
