package org.disclosurekg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.disclosurekg.vocab.DKG;

/**
 * {@code /id/...}: every minted IRI, as HTML for browsers and as Turtle, JSON-LD, N-Triples or RDF/XML by
 * {@code Accept} or by file extension ({@code .ttl .jsonld .nt .rdf .html}); 404 for IRIs the graph does
 * not know.
 */
final class ResourceServlet extends PageServlet {
    ResourceServlet(Supplier<Publication> publication) {
        super(publication);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Publication pub = publication();
        String path = "/id" + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Target target = target(pub, path, req.getHeader("Accept"));
        resp.setHeader("Vary", "Accept");
        if (target == null) {
            notFound(resp, "图中没有这个资源 · the graph has no resource " + pub.links().iri(path));
            return;
        }
        String plain = target.path();
        resp.setHeader("Link", alternates(plain));
        if (target.form().isEmpty()) {
            notAcceptable(resp, "text/html, text/turtle, application/ld+json, application/n-triples, "
                    + "application/rdf+xml");
            return;
        }
        Representation form = target.form().get();
        if (!target.byExtension()) {
            resp.setHeader("Content-Location", plain + "." + form.extension());
        }
        if (form == Representation.HTML) {
            boolean report = target.model().contains(ResourceFactory.createResource(target.iri()), RDF.type,
                    DKG.AnnualReport);
            sendHtml(resp, 200, report ? ReportPage.render(pub, target.iri(), target.model())
                    : ResourcePage.render(pub, target.iri(), target.model()));
        } else {
            sendRdf(resp, target.model(), form);
        }
    }

    /** What a request asks for: which IRI, in which form, and whether the path named the form. */
    private record Target(String iri, String path, Model model, Optional<Representation> form, boolean byExtension) {
    }

    /** Resolves the path: with a known extension, the IRI without it if the graph knows that one. */
    private static Target target(Publication pub, String path, String accept) {
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            Optional<Representation> form = Representation.ofExtension(path.substring(dot + 1));
            if (form.isPresent()) {
                String plain = path.substring(0, dot);
                Model m = Describer.describe(pub.dataset(), pub.links().iri(plain));
                if (!m.isEmpty()) {
                    return new Target(pub.links().iri(plain), plain, m, form, true);
                }
            }
        }
        Model m = Describer.describe(pub.dataset(), pub.links().iri(path));
        return m.isEmpty() ? null : new Target(pub.links().iri(path), path, m, Representation.negotiate(accept), false);
    }

    private static String alternates(String path) {
        StringBuilder sb = new StringBuilder();
        for (Representation r : Representation.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append('<').append(path).append('.').append(r.extension())
                    .append(">; rel=\"alternate\"; type=\"").append(r.mediaType()).append('"');
        }
        return sb.toString();
    }
}
