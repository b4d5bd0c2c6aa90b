package org.disclosurekg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The home page's list of reports: one row per division, grouped by province, one column per year; each
 * cell links to the report and shows its number of new applications and whether its checks pass.
 */
final class ReportMatrix {
    private static final String QUERY = """
            SELECT ?r ?label ?year ?div ?code ?divLabel ?parentLabel ?provCode ?provLabel ?bodyLabel ?apps
                   (COUNT(DISTINCT ?check) AS ?checks) (COUNT(DISTINCT ?bad) AS ?failed) {
              ?r a dkg:AnnualReport .
              OPTIONAL { ?r rdfs:label ?label }
              OPTIONAL { ?r dkg:reportYear ?year }
              OPTIONAL { ?r dkg:issuedBy ?body . ?body skos:prefLabel ?bodyLabel }
              OPTIONAL { ?r dkg:division ?div . ?div skos:notation ?code .
                OPTIONAL { ?div skos:prefLabel ?divLabel }
                OPTIONAL { ?div skos:broader ?parent . ?parent skos:broader ?grand . ?parent skos:prefLabel ?parentLabel }
                OPTIONAL { ?div skos:broader* ?prov . FILTER NOT EXISTS { ?prov skos:broader ?above }
                           ?prov skos:prefLabel ?provLabel ; skos:notation ?provCode } }
              OPTIONAL { ?o dkg:report ?r ; dkg:applicationRow application-row:newReceived ;
                         dkg:applicantType applicant:total ;
                         dkg:scope dkg:wholeReport ; sdmx-measure:obsValue ?apps }
              OPTIONAL { ?check dqv:computedOn ?r }
              OPTIONAL { ?bad dqv:computedOn ?r ; dqv:value false }
            }
            GROUP BY ?r ?label ?year ?div ?code ?divLabel ?parentLabel ?provCode ?provLabel ?bodyLabel ?apps
            ORDER BY ?code ?year ?r
            """;

    private ReportMatrix() {
    }

    /** One report as listed. */
    private record Entry(String iri, String label, String year, String code, String division, String parent,
            String provinceCode, String province, String body, String apps, long checks, long failed) {
    }

    static String render(Publication pub) {
        List<Entry> entries = entries(pub);
        StringBuilder sb = new StringBuilder("<h2 id=\"reports\">" + Html.bilingual("各地区各年度报告",
                "Reports by region and year") + "</h2>\n");
        if (entries.isEmpty()) {
            return sb.append("<p>尚未载入报告。 <span class=\"en\" lang=\"en\">No reports are loaded.</span></p>\n")
                    .toString();
        }
        TreeSet<String> years = new TreeSet<>();
        entries.forEach(e -> years.add(e.year()));
        sb.append("<p class=\"hint\">格内数字为本年新收申请数（表三）；✓ 表示勾稽核对全部通过，✗ 表示有核对未通过，"
                + "无标记表示没有可核对的数字。 <span class=\"en\" lang=\"en\">Each cell gives the new applications of "
                + "the year (table 三); ✓ all accounting checks pass, ✗ some fail, no mark: nothing to check.</span>"
                + "</p>\n");
        sb.append("<table class=\"matrix\"><thead><tr><th>行政区划 <span class=\"en\">division</span></th>");
        years.forEach(y -> sb.append("<th>").append(y.isEmpty() ? "年度不详 <span class=\"en\">year unknown</span>"
                : Html.esc(y)).append("</th>"));
        sb.append("</tr></thead>\n<tbody>\n");
        Map<String, Map<String, List<Entry>>> byProvince = group(entries);
        byProvince.forEach((province, rows) -> {
            Entry any = rows.values().iterator().next().get(0);
            String title = any.province().isEmpty() ? "其他 · other" : any.province();
            sb.append("<tr class=\"group\"><th colspan=\"").append(years.size() + 1).append("\">")
                    .append(Html.esc(title)).append("</th></tr>\n");
            rows.values().forEach(list -> row(sb, pub.links(), list, years));
        });
        return sb.append("</tbody></table>\n").toString();
    }

    private static void row(StringBuilder sb, Links links, List<Entry> list, TreeSet<String> years) {
        Entry first = list.get(0);
        String name = first.code().isEmpty() ? "（未识别区划）" : (first.parent().isEmpty() ? "" : first.parent() + " ")
                + first.division();
        sb.append("<tr><th>").append(first.code().isEmpty() ? Html.esc(name)
                : Html.link(links.href(links.base() + "id/division/" + first.code()), name))
                .append(" <small class=\"code\">").append(Html.esc(first.code())).append("</small></th>");
        for (String y : years) {
            sb.append("<td>");
            List<Entry> cell = list.stream().filter(e -> e.year().equals(y)).toList();
            cell.forEach(e -> cell(sb, links, e, cell.size() > 1));
            sb.append("</td>");
        }
        sb.append("</tr>\n");
    }

    private static void cell(StringBuilder sb, Links links, Entry e, boolean named) {
        String text = e.apps().isEmpty() ? "报告" : e.apps() + " 件";
        String who = e.body().isEmpty() ? e.label() : e.body();
        sb.append("<div><a href=\"").append(Html.esc(links.href(e.iri()))).append("\" title=\"")
                .append(Html.esc(who)).append("\">").append(Html.esc(text)).append("</a>");
        if (named && !who.isEmpty()) {
            sb.append(" <small>").append(Html.esc(who)).append("</small>");
        }
        if (e.failed() > 0) {
            sb.append(" <span class=\"fail\" title=\"").append(e.failed()).append(" 项核对未通过\">✗")
                    .append(e.failed()).append("</span>");
        } else if (e.checks() > 0) {
            sb.append(" <span class=\"pass\" title=\"").append(e.checks()).append(" 项核对全部通过\">✓</span>");
        }
        sb.append("</div>");
    }

    private static Map<String, Map<String, List<Entry>>> group(List<Entry> entries) {
        Map<String, Map<String, List<Entry>>> byProvince = new TreeMap<>();
        for (Entry e : entries) {
            String province = e.provinceCode().isEmpty() ? "~" : e.provinceCode();
            byProvince.computeIfAbsent(province, k -> new TreeMap<>())
                    .computeIfAbsent(e.code().isEmpty() ? "~" : e.code(), k -> new ArrayList<>()).add(e);
        }
        return byProvince;
    }

    private static List<Entry> entries(Publication pub) {
        List<Entry> list = new ArrayList<>();
        for (Binding b : Sparql.select(pub.dataset(), QUERY)) {
            list.add(new Entry(b.get("r").getURI(), text(b, "label"), text(b, "year"), text(b, "code"), text(b, "divLabel"),
                    text(b, "parentLabel"), text(b, "provCode"), text(b, "provLabel"), text(b, "bodyLabel"),
                    text(b, "apps"), Long.parseLong(b.get("checks").getLiteralLexicalForm()),
                    Long.parseLong(b.get("failed").getLiteralLexicalForm())));
        }
        return list;
    }

    private static String text(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
