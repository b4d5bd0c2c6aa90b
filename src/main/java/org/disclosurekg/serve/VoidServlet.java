package org.disclosurekg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** {@code /.well-known/void}: the VoID/DCAT description, Turtle unless the client asks for another form. */
final class VoidServlet extends PageServlet {
    private static final List<Representation> OFFERS = List.of(Representation.TURTLE, Representation.HTML,
            Representation.JSONLD, Representation.NTRIPLES, Representation.RDFXML);

    VoidServlet(Supplier<Publication> publication) {
        super(publication);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<Representation> form = Representation.negotiate(req.getHeader("Accept"), OFFERS);
        Model model = publication().voidModel();
        if (form.isEmpty()) {
            notAcceptable(resp, "text/turtle, text/html, application/ld+json, application/n-triples, application/rdf+xml");
        } else if (form.get() == Representation.HTML) {
            sendHtml(resp, 200, page(model));
        } else {
            sendRdf(resp, model, form.get());
        }
    }

    /** A browser gets the Turtle itself, readable, with a word on what it is. */
    static String page(Model model) {
        StringWriter w = new StringWriter();
        Model tidy = ModelFactory.createDefaultModel().add(model);
        tidy.setNsPrefixes(QueryPrefixes.usedIn(model.getGraph()));
        RDFDataMgr.write(w, tidy, RDFFormat.TURTLE_PRETTY);
        String body = "<h1>" + Html.bilingual("数据集描述", "Dataset description (VoID + DCAT)") + "</h1>\n"
                + "<p>机器可读的数据集描述：规模、SPARQL 端点、下载文件及其大小和校验和、许可与来源。"
                + " <span class=\"en\" lang=\"en\">The machine-readable description: size, SPARQL endpoint, dumps "
                + "with sizes and checksums, licences and sources. Ask for <code>text/turtle</code>, "
                + "<code>application/ld+json</code> or <code>application/rdf+xml</code> to get it as RDF.</span></p>\n"
                + "<pre class=\"rdf\">" + Html.esc(w.toString()) + "</pre>";
        return Html.page("数据集描述", "VoID", "/.well-known/void", "", body);
    }
}
