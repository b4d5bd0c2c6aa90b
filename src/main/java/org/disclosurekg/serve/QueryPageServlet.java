package org.disclosurekg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code /query}: the YASGUI editor on this server's {@code /sparql}, with every example query ready to
 * open; {@code /queries/NAME.rq}: an example query's text.
 */
final class QueryPageServlet extends PageServlet {
    QueryPageServlet(Supplier<Publication> publication) {
        super(publication);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ExampleQueries queries = publication().queries();
        if ("/queries".equals(req.getServletPath())) {
            String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
            Optional<ExampleQuery> q = queries.byName(name);
            if (q.isEmpty()) {
                notFound(resp, "没有这个示例查询 · no such example query: " + name);
                return;
            }
            String accept = req.getHeader("Accept");
            boolean sparql = accept != null && accept.contains("application/sparql-query");
            send(resp, sparql ? "application/sparql-query; charset=utf-8" : "text/plain; charset=utf-8",
                    q.get().text().getBytes(StandardCharsets.UTF_8));
            return;
        }
        sendHtml(resp, 200, page(queries));
    }

    private static String page(ExampleQueries queries) {
        StringBuilder list = new StringBuilder("<ol class=\"examples\">\n");
        for (ExampleQuery q : queries.all()) {
            String[] title = q.title().split(" / ", 2);
            list.append("<li><a class=\"example\" data-name=\"").append(Html.esc(q.name())).append("\" href=\"")
                    .append(Html.esc(openLink(q))).append("\">").append(Html.esc(title[0])).append("</a>")
                    .append(title.length > 1 ? "<span class=\"en\" lang=\"en\">" + Html.esc(title[1]) + "</span>" : "")
                    .append(q.federated() ? " <span class=\"badge\">联邦 <span lang=\"en\">federated</span></span>" : "")
                    .append(" <a class=\"file\" href=\"/queries/").append(Html.esc(q.name())).append("\">")
                    .append(Html.esc(q.name())).append("</a></li>\n");
        }
        list.append("</ol>\n");
        String body = "<div class=\"query-layout\">\n<aside class=\"query-side\">\n<h1>"
                + Html.bilingual("SPARQL 查询", "SPARQL query") + "</h1>\n"
                + "<p>端点 <span class=\"en\" lang=\"en\">endpoint</span> <code id=\"endpoint\">/sparql</code></p>\n"
                + "<h2>" + Html.bilingual("示例查询", "Example queries") + "</h2>\n" + list
                + "<p class=\"hint\">点击问题即在新标签页中打开。<span class=\"en\" lang=\"en\">Click a question to open it "
                + "in a new tab; Ctrl-Enter runs it.</span></p>\n</aside>\n"
                + "<section id=\"yasgui\" class=\"query-editor\"></section>\n</div>\n"
                + "<script type=\"application/json\" id=\"example-queries\">" + json(queries) + "</script>\n"
                + "<script src=\"/assets/yasgui/yasgui.min.js\"></script>\n<script src=\"/assets/query.js\"></script>\n";
        String head = "<link rel=\"stylesheet\" href=\"/assets/yasgui/yasgui.min.css\">\n";
        return Html.page("SPARQL 查询", "Query", "/query", head, body);
    }

    /** The editor's own share-link form: opening it runs the query in a tab of its own. */
    static String openLink(ExampleQuery q) {
        return "/query#query=" + enc(q.text()) + "&tabTitle=" + enc(tabTitle(q)) + "&requestMethod=POST";
    }

    /** The short name of a tab: the Chinese question, before the English one. */
    static String tabTitle(ExampleQuery q) {
        String zh = q.title().split(" / ", 2)[0];
        return zh.length() > 18 ? zh.substring(0, 17) + "…" : zh;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The queries as JSON that is safe inside a script element. */
    private static String json(ExampleQueries queries) {
        JsonArray array = new JsonArray();
        for (ExampleQuery q : queries.all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("tab", tabTitle(q));
            o.put("text", q.text());
            array.add(o);
        }
        return array.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
