package org.disclosurekg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/** {@code /}: what is loaded (counted by SPARQL), where to go next, and every report by region and year. */
final class HomePageServlet extends PageServlet {
    HomePageServlet(Supplier<Publication> publication) {
        super(publication);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Publication pub = publication();
        String body = intro() + counts(pub.dataset()) + entries(pub) + ReportMatrix.render(pub)
                + failures(pub.record());
        sendHtml(resp, 200, Html.page("首页", "Home", "/", "", body));
    }

    private static String intro() {
        return "<h1>" + Html.bilingual("政府信息公开工作年度报告知识图谱", "Disclosure KG") + "</h1>\n"
                + "<p class=\"lead\">各级行政机关政府信息公开工作年度报告中的数字：主动公开、依申请公开、行政复议和行政诉讼。"
                + "每个数字都附有它在报告中的原文和行号，报告自身的勾稽关系（新收＋结转＝办结＋结转下年等）在此公开核对。</p>\n"
                + "<p class=\"lead en\" lang=\"en\">The numbers of Chinese government information-disclosure annual "
                + "reports — proactive disclosure, applications, reconsideration and litigation — as linked data. "
                + "Every number carries the sentence or cell it was read from, and each report's own accounting "
                + "identities are checked in the open.</p>\n";
    }

    private static String counts(DatasetGraph ds) {
        long reports = Sparql.count(ds, "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a dkg:AnnualReport }");
        long divisions = Sparql.count(ds, "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?r a dkg:AnnualReport ; dkg:division ?d }");
        long years = Sparql.count(ds, "SELECT (COUNT(DISTINCT ?y) AS ?n) { ?r a dkg:AnnualReport ; dkg:reportYear ?y }");
        long observations = Sparql.count(ds, "SELECT (COUNT(?o) AS ?n) { ?o a qb:Observation }");
        long checks = Sparql.count(ds, "SELECT (COUNT(?c) AS ?n) { ?c a dkg:AccountingCheck }");
        long failed = Sparql.count(ds, "SELECT (COUNT(?c) AS ?n) { ?c a dkg:AccountingCheck ; dqv:value false }");
        long triples = Sparql.count(ds, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        return "<h2>" + Html.bilingual("已载入", "What is loaded") + "</h2>\n<dl class=\"stats\">\n"
                + stat(reports, "份年度报告", "reports", "#reports")
                + stat(divisions, "个行政区划", "divisions", "#reports")
                + stat(years, "个年度", "years", "#reports")
                + stat(observations, "个数字（观测值）", "observations", "/query")
                + stat(failed, "项核对未通过（共 " + checks + " 项）", "failed checks of " + checks, "/quality")
                + stat(triples, "个三元组", "triples", "/.well-known/void")
                + "</dl>\n";
    }

    private static String stat(long n, String zh, String en, String href) {
        return "<div><dt><a href=\"" + href + "\">" + String.format("%,d", n) + "</a></dt><dd>" + Html.esc(zh)
                + " <span class=\"en\" lang=\"en\">" + Html.esc(en) + "</span></dd></div>\n";
    }

    private static String entries(Publication pub) {
        String sparql = pub.links().base() + "sparql";
        return "<h2>" + Html.bilingual("从这里开始", "Start here") + "</h2>\n<ul class=\"entries\">\n"
                + entry("/query", "查询编辑器", "Query editor", "YASGUI，含 " + pub.queries().all().size()
                        + " 个示例查询", "YASGUI with the example queries")
                + entry("/sparql", "SPARQL 端点", "SPARQL endpoint", sparql, "read-only, SPARQL 1.1 protocol")
                + entry("/download/", "数据下载", "Downloads", "Turtle、N-Triples、JSON-LD、整洁 CSV，附校验和",
                        "Turtle, N-Triples, JSON-LD, tidy CSV, with checksums")
                + entry("/quality", "数据质量", "Data quality", "勾稽关系核对与提取说明",
                        "accounting checks and extraction notes")
                + entry("/ontology", "本体与代码表", "Ontology and code lists", "类、属性、代码表",
                        "classes, properties, code lists")
                + entry("/.well-known/void", "数据集描述", "Dataset description", "VoID + DCAT", "VoID + DCAT")
                + "</ul>\n";
    }

    private static String entry(String href, String zh, String en, String noteZh, String noteEn) {
        return "<li><a href=\"" + href + "\">" + Html.bilingual(zh, en) + "</a><br><small>" + Html.esc(noteZh)
                + (noteZh.equals(noteEn) ? "" : " <span class=\"en\" lang=\"en\">" + Html.esc(noteEn) + "</span>")
                + "</small></li>\n";
    }

    private static String failures(LoadRecord record) {
        if (record.failures().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h2>" + Html.bilingual("未能转换的文件", "Files not converted")
                + "</h2>\n<ul class=\"failures\">\n");
        record.failures().forEach(f -> sb.append("<li>").append(Html.esc(f)).append("</li>\n"));
        return sb.append("</ul>\n").toString();
    }
}
