package org.disclosurekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.disclosurekg.validate.ReportValidator;
import org.disclosurekg.validate.ValidationResult;
import org.disclosurekg.vocab.Ontology;
import org.disclosurekg.vocab.QB;
import org.junit.jupiter.api.Test;

class CubeStructuresTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    private static Model all() {
        Model model = ModelFactory.createDefaultModel();
        new CubeStructures(IRIS).addAll(model);
        return model;
    }

    @Test
    void everyDataSetHasItsStructure() {
        Model model = all();
        List<String> names = List.of("proactive", "applications", "proceedings", "channels", "narrative", "legacy");
        for (String name : names) {
            assertTrue(model.contains(model.createResource(IRIS.dataset(name)), QB.structure,
                    model.createResource(IRIS.structure(name))), name);
        }
        assertEquals(names.size(), model.listSubjectsWithProperty(RDF.type, QB.DataSet).toList().size());
    }

    @Test
    void everyComponentPropertyHasTheDataCubeTypeOfItsRole() {
        Model model = all();
        Map<Property, Resource> roles = Map.of(QB.dimension, QB.DimensionProperty, QB.measure, QB.MeasureProperty,
                QB.attribute, QB.AttributeProperty);
        roles.forEach((role, type) -> model.listObjectsOfProperty(role).forEach((RDFNode term) -> assertTrue(
                Ontology.model().contains(term.asResource(), RDF.type, type), term + " is not a " + type)));
    }

    @Test
    void structuresConformAndUseDeclaredTermsOnly() {
        ValidationResult result = new ReportValidator().validate(all());
        assertTrue(result.conforms(), result.toString());
    }

    @Test
    void ontologyCopyIsWritableAndComplete() {
        Model copy = Ontology.copy();
        copy.add(copy.createResource("urn:x"), RDF.type, QB.DataSet);
        assertEquals(Ontology.model().size() + 1, copy.size());
    }
}
