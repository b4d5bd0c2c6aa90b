package org.disclosurekg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.disclosurekg.check.Finding;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.extract.Template;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final Model ONTOLOGY = Ontology.model();
    private static final Set<Resource> PROPERTY_TYPES = Set.of(OWL.ObjectProperty, OWL.DatatypeProperty);
    private static final Set<Resource> RESOURCE_TYPES = Set.of(OWL.Class, OWL.NamedIndividual);

    /** The public static final Resource and Property fields of DKG, by name. */
    private static Map<String, Resource> constants() throws IllegalAccessException {
        Map<String, Resource> constants = new TreeMap<>();
        for (Field f : DKG.class.getFields()) {
            boolean constant = Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers());
            if (constant && Resource.class.isAssignableFrom(f.getType()) && f.get(null) != DKG.NAMESPACE) {
                constants.put(f.getName(), (Resource) f.get(null));
            }
        }
        return constants;
    }

    /** The terms the ontology declares in its own namespace. */
    private static Set<Resource> declaredTerms() {
        Set<Resource> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource type : List.of(OWL.Class, OWL.NamedIndividual, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).filterKeep(r -> r.getURI().startsWith(DKG.NS))
                    .forEach(terms::add);
        }
        return terms;
    }

    private static boolean typed(Resource term, Set<Resource> types) {
        return types.stream().anyMatch(t -> ONTOLOGY.contains(term, RDF.type, t));
    }

    @Test
    void everyConstantIsDeclaredWithTheRightKind() throws IllegalAccessException {
        List<String> wrong = new ArrayList<>();
        constants().forEach((name, term) -> {
            Set<Resource> types = term instanceof Property ? PROPERTY_TYPES : RESOURCE_TYPES;
            if (!typed(term, types)) {
                wrong.add(name + " is not declared as " + types);
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyConstantIsNamedByItsLocalNameInTheNamespace() throws IllegalAccessException {
        constants().forEach((name, term) -> assertEquals(DKG.NS + name, term.getURI()));
        Resource ontology = ONTOLOGY.createResource(DKG.ONTOLOGY);
        assertTrue(ONTOLOGY.contains(ontology, RDF.type, OWL.Ontology));
        assertEquals(DKG.NS, ontology.getProperty(ONTOLOGY.createProperty("http://purl.org/vocab/vann/",
                "preferredNamespaceUri")).getString());
        assertEquals(DKG.NS, DKG.getURI());
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> fields = constants().values().stream().map(Resource::getURI).collect(Collectors.toSet());
        List<String> missing = declaredTerms().stream().map(Resource::getURI).filter(u -> !fields.contains(u))
                .toList();
        assertTrue(missing.isEmpty(), "declared in dkg.ttl but not in DKG.java: " + missing);
    }

    @Test
    void everyDeclaredTermHasChineseAndEnglishLabelsAndAComment() {
        List<String> problems = new ArrayList<>();
        for (Resource term : declaredTerms()) {
            problems.addAll(labelProblems(term, RDFS.label));
            if (!term.hasProperty(RDFS.comment)) {
                problems.add(term.getLocalName() + " has no rdfs:comment");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyConceptIsNamedBySchemeAndNotationAndLabelledAndDefined() {
        List<String> problems = new ArrayList<>();
        ONTOLOGY.listStatements(null, SKOS.inScheme, (RDFNode) null).forEach(s -> {
            Resource concept = s.getSubject();
            String scheme = s.getResource().getURI().substring(DKG.CODE_NS.length());
            Statement notation = concept.getProperty(SKOS.notation);
            if (notation == null || !concept.equals(DKG.code(scheme, notation.getString()))) {
                problems.add(concept + " is not {scheme}/{notation}");
            }
            problems.addAll(labelProblems(concept, SKOS.prefLabel));
            if (!concept.hasProperty(SKOS.definition) && !concept.hasProperty(RDFS.comment)) {
                problems.add(concept + " has neither skos:definition nor rdfs:comment");
            }
            if (!ONTOLOGY.contains(concept, RDF.type, SKOS.Concept)) {
                problems.add(concept + " is not typed skos:Concept");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void conceptsOfOneSchemeShareOneClass() {
        for (CodeList list : CodeList.values()) {
            Set<Resource> classes = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
            ONTOLOGY.listSubjectsWithProperty(SKOS.inScheme, list.scheme()).forEach(c ->
                    c.listProperties(RDF.type).mapWith(Statement::getResource)
                            .filterKeep(t -> t.getURI().startsWith(DKG.NS)).forEach(classes::add));
            assertEquals(1, classes.size(), list.schemeName() + " concepts have classes " + classes);
        }
    }

    @Test
    void everyCodeListIsASchemeWithLabels() {
        for (CodeList list : CodeList.values()) {
            assertTrue(ONTOLOGY.contains(list.scheme(), RDF.type, SKOS.ConceptScheme), list.schemeName());
            assertEquals(List.of(), labelProblems(list.scheme(), SKOS.prefLabel));
        }
        Set<String> schemes = ONTOLOGY.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme)
                .mapWith(Resource::getURI).toSet();
        assertEquals(Arrays.stream(CodeList.values()).map(l -> l.scheme().getURI()).collect(Collectors.toSet()),
                schemes);
    }

    @Test
    void codeListsHoldEveryDesignKey() {
        Map<CodeList, List<String>> expected = Map.ofEntries(
                Map.entry(CodeList.APPLICATION_ROW, DesignKeys.T3_ROWS),
                Map.entry(CodeList.APPLICANT, DesignKeys.T3_COLUMNS),
                Map.entry(CodeList.PROCEEDING, DesignKeys.T4_ROWS),
                Map.entry(CodeList.PROCEEDING_OUTCOME, DesignKeys.T4_COLUMNS),
                Map.entry(CodeList.PROACTIVE_ITEM, DesignKeys.T2_ROWS),
                Map.entry(CodeList.PROACTIVE_STATISTIC, DesignKeys.T2_COLUMNS),
                Map.entry(CodeList.NARRATIVE, DesignKeys.NARRATIVE),
                Map.entry(CodeList.CHANNEL, DesignKeys.CHANNELS),
                Map.entry(CodeList.LEGACY_COLUMN, DesignKeys.LEGACY_COLUMNS),
                Map.entry(CodeList.TABLE, DesignKeys.TABLES),
                Map.entry(CodeList.TEMPLATE, DesignKeys.TEMPLATES),
                Map.entry(CodeList.STATUS, DesignKeys.STATUSES),
                Map.entry(CodeList.LEVEL, DesignKeys.LEVELS),
                Map.entry(CodeList.RULE, Arrays.stream(Finding.Rule.values()).map(Enum::name).toList()));
        expected.forEach((list, keys) -> keys.forEach(key -> assertTrue(
                ONTOLOGY.contains(list.concept(key), SKOS.notation, key), list.schemeName() + " lacks " + key)));
        Set<String> rules = ONTOLOGY.listSubjectsWithProperty(SKOS.inScheme, CodeList.RULE.scheme())
                .mapWith(r -> r.getProperty(SKOS.notation).getString()).toSet();
        assertEquals(Set.copyOf(expected.get(CodeList.RULE)), rules, "one rule concept per Finding.Rule, no more");
    }

    @Test
    void sharedEnumsHaveTheirConcepts() {
        for (ReportTable table : ReportTable.values()) {
            assertTrue(ONTOLOGY.contains(CodeList.TABLE.concept(table.key()), SKOS.inScheme, CodeList.TABLE.scheme()));
        }
        for (Template template : Template.values()) {
            assertTrue(ONTOLOGY.contains(CodeList.TEMPLATE.concept(template.key()), SKOS.inScheme,
                    CodeList.TEMPLATE.scheme()));
        }
    }

    @Test
    void everyAltLabelNamesOneConceptOnly() {
        Map<String, Set<Resource>> byLabel = new TreeMap<>();
        ONTOLOGY.listStatements(null, SKOS.altLabel, (RDFNode) null).forEach(s ->
                byLabel.computeIfAbsent(s.getString(), k -> new java.util.HashSet<>()).add(s.getSubject()));
        byLabel.forEach((label, concepts) -> assertEquals(1, concepts.size(), label + " names " + concepts));
        assertTrue(byLabel.containsKey("同意公开答复数"), "the legacy synonyms are there");
    }

    @Test
    void codedDimensionsNameTheirCodeList() {
        Property codeList = ONTOLOGY.createProperty(QB.NS, "codeList");
        for (Resource dimension : ONTOLOGY.listSubjectsWithProperty(RDF.type, QB.DimensionProperty).toList()) {
            if (dimension.getURI().startsWith(DKG.NS) && typed(dimension, Set.of(OWL.ObjectProperty))
                    && !dimension.equals(DKG.report) && !dimension.equals(DKG.scope)) {
                assertTrue(dimension.hasProperty(codeList), dimension.getLocalName() + " has no qb:codeList");
            }
        }
    }

    private static List<String> labelProblems(Resource term, Property label) {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh-Hans", "en")) {
            boolean has = ONTOLOGY.listStatements(term, label, (RDFNode) null).toList().stream()
                    .anyMatch(s -> s.getObject().isLiteral() && lang.equalsIgnoreCase(s.getLanguage()));
            if (!has) {
                problems.add(term.getURI() + " has no " + label.getLocalName() + " @" + lang);
            }
        }
        return problems;
    }
}
