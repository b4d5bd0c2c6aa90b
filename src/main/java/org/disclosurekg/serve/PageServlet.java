package org.disclosurekg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/** What every page servlet shares: the publication, and writing HTML, RDF and errors with exact lengths. */
abstract class PageServlet extends HttpServlet {
    private final transient Supplier<Publication> publication;

    PageServlet(Supplier<Publication> publication) {
        this.publication = publication;
    }

    /** The loaded publication (the readiness filter lets no request through before there is one). */
    Publication publication() {
        return publication.get();
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        send(resp, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpServletResponse resp, String contentType, byte[] bytes) throws IOException {
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    static void sendRdf(HttpServletResponse resp, Model model, Representation form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Model tidy = ModelFactory.createDefaultModel().add(model);
        tidy.setNsPrefixes(QueryPrefixes.usedIn(model.getGraph()));
        RDFDataMgr.write(out, tidy, form.format());
        send(resp, form.contentType(), out.toByteArray());
    }

    static void notFound(HttpServletResponse resp, String what) throws IOException {
        String body = "<h1>" + Html.bilingual("未找到", "Not found") + "</h1><p>" + Html.esc(what) + "</p>"
                + "<p><a href=\"/\">返回首页 <span class=\"en\" lang=\"en\">back to the home page</span></a></p>";
        sendHtml(resp, HttpServletResponse.SC_NOT_FOUND, Html.page("未找到", "Not found", null, "", body));
    }

    static void notAcceptable(HttpServletResponse resp, String offered) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        send(resp, "text/plain; charset=utf-8", ("Not acceptable. Available: " + offered + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
