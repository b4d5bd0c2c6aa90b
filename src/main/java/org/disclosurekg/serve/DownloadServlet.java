package org.disclosurekg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code /download/}: the list of dumps, each dump with its exact length and checksum, and {@code SHA256SUMS}. */
final class DownloadServlet extends PageServlet {
    DownloadServlet(Supplier<Publication> publication) {
        super(publication);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if ("/download".equals(req.getServletPath()) && path == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", "/download/");
            return;
        }
        Downloads downloads = publication().downloads();
        String name = path == null ? "" : path.substring(1);
        if (name.isEmpty()) {
            sendHtml(resp, 200, index(downloads));
        } else if (name.equals(Downloads.SUMS)) {
            send(resp, "text/plain; charset=utf-8", downloads.sums());
        } else {
            file(req, resp, downloads, downloads.file(name));
        }
    }

    private static void file(HttpServletRequest req, HttpServletResponse resp, Downloads downloads,
            Optional<Download> file) throws IOException {
        if (file.isEmpty()) {
            notFound(resp, "没有这个下载文件 · no such download: " + req.getPathInfo());
            return;
        }
        Download d = file.get();
        String etag = "\"" + d.sha256() + "\"";
        resp.setHeader("ETag", etag);
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(d.mediaType());
        resp.setContentLengthLong(d.size());
        if (d.name().endsWith(".gz")) {
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.name() + "\"");
        }
        if (!"HEAD".equals(req.getMethod())) {
            Files.copy(downloads.path(d), resp.getOutputStream());
        }
    }

    private static String index(Downloads downloads) {
        StringBuilder rows = new StringBuilder();
        for (Download d : downloads.files()) {
            rows.append("<tr><td>").append(Html.link("/download/" + d.name(), d.name())).append("</td><td>")
                    .append(Html.bilingual(d.titleZh(), d.titleEn())).append("</td><td class=\"num\">")
                    .append(String.format("%,d", d.size())).append("</td><td><code class=\"hash\">")
                    .append(Html.esc(d.sha256())).append("</code></td></tr>\n");
        }
        String body = "<h1>" + Html.bilingual("数据下载", "Downloads") + "</h1>\n"
                + "<p>每次载入时生成一次。校验：<code>sha256sum -c SHA256SUMS</code>。"
                + " <span class=\"en\" lang=\"en\">Written once per load. Check them with "
                + "<code>sha256sum -c SHA256SUMS</code>.</span></p>\n"
                + "<table class=\"list\"><thead><tr><th>文件 <span class=\"en\">file</span></th><th>内容 "
                + "<span class=\"en\">content</span></th><th>字节 <span class=\"en\">bytes</span></th>"
                + "<th>SHA-256</th></tr></thead>\n<tbody>" + rows + "</tbody></table>\n"
                + "<p>" + Html.link("/download/" + Downloads.SUMS, Downloads.SUMS) + " · "
                + Html.link("/.well-known/void", "VoID / DCAT") + "</p>\n"
                + "<p>许可：知识图谱 CC BY 4.0；年度报告原文为公开的政府信息。 <span class=\"en\" lang=\"en\">Licence: "
                + "the graph CC BY 4.0; the reports themselves are public government information.</span></p>";
        return Html.page("数据下载", "Downloads", "/download/", "", body);
    }
}
