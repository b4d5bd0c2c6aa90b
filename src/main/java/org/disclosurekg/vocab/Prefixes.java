package org.disclosurekg.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/** The prefixes every graph of the project is written with, so that Turtle output reads the same everywhere. */
public final class Prefixes {
    private Prefixes() {
    }

    /** The vocabulary prefixes plus one per code list ({@code applicant:}, {@code narrative:} ...). */
    public static PrefixMapping standard() {
        PrefixMapping p = PrefixMapping.Factory.create()
                .setNsPrefix("dkg", DKG.NS)
                .setNsPrefix("code", DKG.CODE_NS)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("qb", QB.NS)
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("dcat", DCAT.getURI())
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("org", ORG.getURI())
                .setNsPrefix("dqv", DQV.NS)
                .setNsPrefix("oa", OA.getURI())
                .setNsPrefix("void", VOID.getURI())
                .setNsPrefix("sdmx-dimension", SDMX.DIMENSION)
                .setNsPrefix("sdmx-measure", SDMX.MEASURE)
                .setNsPrefix("wd", "http://www.wikidata.org/entity/");
        for (CodeList list : CodeList.values()) {
            p.setNsPrefix(list.schemeName(), list.scheme().getURI() + "/");
        }
        return p;
    }

    /** The standard prefixes plus the data prefixes of a base ({@code report:}, {@code division:} ...). */
    public static PrefixMapping withBase(String base) {
        return standard()
                .setNsPrefix("division", base + "id/division/")
                .setNsPrefix("body", base + "id/body/")
                .setNsPrefix("report", base + "id/report/")
                .setNsPrefix("dataset", base + "id/dataset/")
                .setNsPrefix("structure", base + "id/structure/");
    }
}
