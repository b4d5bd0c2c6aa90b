package org.disclosurekg.map;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/** The literal forms the graph uses: numbers, years, line numbers and Chinese text. */
final class Literals {
    /** The language tag of Chinese text in data (the text is already normalised to Simplified). */
    static final String ZH = "zh";

    private Literals() {
    }

    /** A whole number as {@code xsd:integer}, any other as {@code xsd:decimal}, in plain decimal. */
    static Literal number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return ResourceFactory.createTypedLiteral(v.toBigIntegerExact().toString(), XSDDatatype.XSDinteger);
        }
        return ResourceFactory.createTypedLiteral(v.toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** A year as {@code xsd:gYear}. */
    static Literal year(int year) {
        return ResourceFactory.createTypedLiteral(String.format("%04d", year), XSDDatatype.XSDgYear);
    }

    /** A 1-based line or page number as {@code xsd:positiveInteger}. */
    static Literal positive(int n) {
        return ResourceFactory.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDpositiveInteger);
    }

    /** Chinese text, tagged {@code @zh}. */
    static Literal zh(String text) {
        return ResourceFactory.createLangLiteral(text, ZH);
    }

    /** English text, tagged {@code @en}. */
    static Literal en(String text) {
        return ResourceFactory.createLangLiteral(text, "en");
    }

    /** A boolean as {@code xsd:boolean}. */
    static Literal bool(boolean value) {
        return ResourceFactory.createTypedLiteral(Boolean.toString(value), XSDDatatype.XSDboolean);
    }
}
