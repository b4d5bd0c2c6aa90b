package org.disclosurekg.map;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.disclosurekg.vocab.QB;
import org.disclosurekg.vocab.SDMX;

/**
 * Writes the Data Cube data sets and their structure definitions. Component specifications get IRIs
 * ({@code id/structure/{name}/{property}}) because the output has no blank nodes.
 */
public final class CubeStructures {
    private final Iris iris;

    public CubeStructures(Iris iris) {
        this.iris = iris;
    }

    /** Adds every data set and structure, e.g. for a server's description of what it holds. */
    public void addAll(Model model) {
        add(model, EnumSet.allOf(CubeDataset.class));
    }

    /** The data set resource of a data set. */
    Resource dataset(Model model, CubeDataset dataset) {
        return model.createResource(iris.dataset(dataset.key()));
    }

    void add(Model model, Collection<CubeDataset> datasets) {
        datasets.forEach(d -> add(model, d));
    }

    private void add(Model model, CubeDataset dataset) {
        Resource structure = model.createResource(iris.structure(dataset.key()))
                .addProperty(RDF.type, QB.DataStructureDefinition)
                .addProperty(RDFS.label, Literals.en("Structure of: " + dataset.titleEn()));
        dataset(model, dataset)
                .addProperty(RDF.type, QB.DataSet)
                .addProperty(DCTerms.title, Literals.zh(dataset.titleZh()))
                .addProperty(DCTerms.title, Literals.en(dataset.titleEn()))
                .addProperty(RDFS.label, Literals.en(dataset.titleEn()))
                .addProperty(QB.structure, structure);
        List<Property> dimensions = dataset.dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            component(model, dataset, structure, QB.dimension, dimensions.get(i))
                    .addProperty(QB.order, ResourceFactory.createTypedLiteral(Integer.toString(i + 1), XSDDatatype.XSDint));
        }
        component(model, dataset, structure, QB.measure, SDMX.obsValue);
        CubeDataset.REQUIRED_ATTRIBUTES.forEach(a -> component(model, dataset, structure, QB.attribute, a)
                .addLiteral(QB.componentRequired, true));
        dataset.optionalAttributes().forEach(a -> component(model, dataset, structure, QB.attribute, a)
                .addLiteral(QB.componentRequired, false));
    }

    private Resource component(Model model, CubeDataset dataset, Resource structure, Property role, Property term) {
        Resource spec = model.createResource(iris.component(dataset.key(), term.getLocalName()))
                .addProperty(RDF.type, QB.ComponentSpecification)
                .addProperty(role, term);
        structure.addProperty(QB.component, spec);
        return spec;
    }
}
