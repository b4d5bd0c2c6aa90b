package org.disclosurekg.serve;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The forms a resource is served in, chosen by {@code Accept} or by a file extension. */
public enum Representation {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY);

    private final String mediaType;
    private final String extension;
    private final RDFFormat format;

    Representation(String mediaType, String extension, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The value of {@code Content-Type}: text forms carry their charset. */
    public String contentType() {
        return this == JSONLD || this == RDFXML ? mediaType : mediaType + "; charset=utf-8";
    }

    public String extension() {
        return extension;
    }

    /** The RDF format to write, {@code null} for HTML. */
    public RDFFormat format() {
        return format;
    }

    public Lang lang() {
        return format == null ? null : format.getLang();
    }

    /** The best form for an {@code Accept} header, HTML first; HTML when there is no header. */
    public static Optional<Representation> negotiate(String accept) {
        return negotiate(accept, List.of(values()));
    }

    /**
     * The best form for an {@code Accept} header among the offers, the earlier offer winning a tie (so the
     * first offer answers {@code *}{@code /*}); the first offer when there is no header. {@code application/json}
     * is taken to ask for JSON-LD.
     */
    public static Optional<Representation> negotiate(String accept, List<Representation> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        Map<String, Representation> byType = new LinkedHashMap<>();
        for (Representation r : offers) {
            byType.put(r.mediaType, r);
            if (r == JSONLD) {
                byType.put("application/json", r);
            }
        }
        AcceptList offered = AcceptList.create(byType.keySet().toArray(String[]::new));
        MediaType best = AcceptList.match(new AcceptList(accept), offered);
        return best == null ? Optional.empty() : Optional.ofNullable(byType.get(best.getContentTypeStr()));
    }

    /** The form a file extension names ({@code ttl}, {@code jsonld}, {@code nt}, {@code rdf}, {@code html}). */
    public static Optional<Representation> ofExtension(String extension) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(extension)).findFirst();
    }
}
