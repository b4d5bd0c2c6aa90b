package org.disclosurekg.serve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a report's numbers out as its tables 二, 三 and 四, each cell linked to its observation, titled with
 * its source line and text, and marked when an accounting check involving it failed.
 */
final class ReportTables {
    private final Links links;
    private final CodeLabels codes;
    private final Set<String> failing;
    private final Set<String> shown = new HashSet<>();

    ReportTables(Links links, CodeLabels codes, Set<String> failing) {
        this.links = links;
        this.codes = codes;
        this.failing = failing;
    }

    /** Table 三 of one scope. */
    String t3(List<ReportObservation> obs, boolean v2021) {
        Map<String, ReportObservation> cells = index(obs);
        Set<String> rows = new HashSet<>();
        obs.forEach(o -> rows.add(o.row()));
        StringBuilder sb = new StringBuilder("<table class=\"report t3\">\n<thead>\n"
                + "<tr><th colspan=\"3\" rowspan=\"3\" class=\"corner\">（本列数据的勾稽关系为：第一项加第二项之和，"
                + "等于第三项加第四项之和）</th><th colspan=\"7\">申请人情况</th></tr>\n"
                + "<tr><th rowspan=\"2\">" + Html.esc(codes.zh("applicant", "natural")) + "</th>"
                + "<th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">" + Html.esc(codes.zh("applicant", "total"))
                + "</th></tr>\n<tr>");
        for (String c : TemplateLayout.T3_COLUMNS.subList(1, 6)) {
            sb.append("<th>").append(Html.esc(codes.zh("applicant", c))).append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (TemplateLayout.Row row : TemplateLayout.t3Rows(rows, v2021, k -> codes.zh("application-row", k))) {
            sb.append("<tr>");
            row.cells().forEach(c -> sb.append("<th class=\"label\"").append(span("colspan", c.colspan()))
                    .append(span("rowspan", c.rowspan())).append('>').append(Html.esc(c.text())).append("</th>"));
            TemplateLayout.T3_COLUMNS.forEach(c -> sb.append(cell(cells.get(row.key() + "|" + c))));
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    /** Table 四 of one scope: reconsideration, then litigation without and after reconsideration. */
    String t4(List<ReportObservation> obs) {
        Map<String, ReportObservation> cells = index(obs);
        List<String> groups = TemplateLayout.T4_GROUPS.stream()
                .filter(g -> !g.equals("litigation") || obs.stream().anyMatch(o -> o.row().equals("litigation")))
                .toList();
        StringBuilder head1 = new StringBuilder("<tr><th colspan=\"5\">" + Html.esc(codes.zh("proceeding",
                "reconsideration")) + "</th><th colspan=\"" + (5 * (groups.size() - 1)) + "\">"
                + Html.esc(codes.zh("proceeding", "litigation")) + "</th></tr>\n");
        StringBuilder head2 = new StringBuilder("<tr>");
        StringBuilder head3 = new StringBuilder("<tr>");
        StringBuilder data = new StringBuilder("<tr>");
        for (String g : groups) {
            boolean first = g.equals("reconsideration");
            if (!first) {
                head2.append("<th colspan=\"5\">").append(Html.esc(codes.zh("proceeding", g))).append("</th>");
            }
            for (String o : TemplateLayout.T4_OUTCOMES) {
                (first ? head2 : head3).append(first ? "<th rowspan=\"2\">" : "<th>")
                        .append(Html.esc(codes.zh("proceeding-outcome", o))).append("</th>");
                data.append(cell(cells.get(g + "|" + o)));
            }
        }
        return "<table class=\"report t4\">\n<thead>\n" + head1 + head2 + "</tr>\n" + head3 + "</tr>\n</thead>\n"
                + "<tbody>" + data + "</tr></tbody></table>\n";
    }

    /** Table 二 of one scope, block by block as the template prints it; a block's last column fills the width. */
    String t2(List<ReportObservation> obs, boolean v2021) {
        Map<String, ReportObservation> cells = index(obs);
        List<TemplateLayout.Block> blocks = TemplateLayout.t2Blocks(v2021);
        int widest = blocks.stream().mapToInt(b -> b.columns().size()).max().orElse(1);
        StringBuilder sb = new StringBuilder("<table class=\"report t2\">\n<tbody>\n");
        for (TemplateLayout.Block block : blocks) {
            List<String> columns = block.columns();
            String fill = span("colspan", widest - columns.size() + 1);
            sb.append("<tr class=\"block\"><th colspan=\"").append(widest + 1).append("\">")
                    .append(Html.esc(block.heading())).append("</th></tr>\n<tr><th>信息内容</th>");
            for (int i = 0; i < columns.size(); i++) {
                sb.append("<th").append(i == columns.size() - 1 ? fill : "").append('>')
                        .append(Html.esc(codes.zh("proactive-statistic", columns.get(i)))).append("</th>");
            }
            sb.append("</tr>\n");
            for (String r : block.rowsFor(rowsOf(obs))) {
                sb.append("<tr><th class=\"label\">").append(Html.esc(codes.zh("proactive-item", r))).append("</th>");
                for (int i = 0; i < columns.size(); i++) {
                    String cell = cell(cells.get(r + "|" + columns.get(i)));
                    sb.append(i == columns.size() - 1 ? cell.replaceFirst("^<td", "<td" + fill) : cell);
                }
                sb.append("</tr>\n");
            }
        }
        return sb.append("</tbody></table>\n").toString();
    }

    /** A pre-2019 statistics table: indicator as printed, this year, cumulative. */
    String legacy(List<ReportObservation> obs) {
        Map<String, ReportObservation> cells = index(obs);
        StringBuilder sb = new StringBuilder("<table class=\"report legacy\">\n<thead><tr><th>指标名称</th>"
                + "<th>计量单位</th><th>本年度</th><th>历年累计</th></tr></thead>\n<tbody>\n");
        obs.stream().map(ReportObservation::row).distinct().forEach(r -> {
            ReportObservation any = obs.stream().filter(o -> o.row().equals(r)).findFirst().orElseThrow();
            sb.append("<tr><th class=\"label\">").append(Html.esc(r)).append("</th><td>").append(Html.esc(any.unit()))
                    .append("</td>").append(cell(cells.get(r + "|thisYear"))).append(cell(cells.get(r + "|cumulative")))
                    .append("</tr>\n");
        });
        return sb.append("</tbody></table>\n").toString();
    }

    /** The numbers stated in the running text, each with the words it was read from. */
    String narrative(List<ReportObservation> obs) {
        StringBuilder sb = new StringBuilder("<table class=\"narrative\">\n<thead><tr><th>指标 <span class=\"en\">"
                + "metric</span></th><th>数值 <span class=\"en\">value</span></th><th>原文 <span class=\"en\">source "
                + "text</span></th><th>行 <span class=\"en\">line</span></th></tr></thead>\n<tbody>\n");
        for (ReportObservation o : obs) {
            sb.append("<tr><th class=\"label\">").append(Html.esc(codes.zh("narrative", o.row())))
                    .append("<br><small class=\"en\" lang=\"en\">").append(Html.esc(codes.en("narrative", o.row())))
                    .append("</small></th>").append(cell(o)).append("<td class=\"quote\">").append(Html.esc(o.quote()))
                    .append("</td><td class=\"line\">").append(Html.esc(o.line())).append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    /**
     * The numbers the template layout had no cell for (a row or column a report added), so that no number
     * is left off the page; empty when every number was shown.
     */
    String leftovers(List<ReportObservation> obs) {
        List<ReportObservation> rest = obs.stream().filter(o -> !shown.contains(o.iri())).toList();
        if (rest.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<p class=\"hint\">以下数字不在报告格式的固定位置上： <span class=\"en\" "
                + "lang=\"en\">Numbers outside the template's fixed cells:</span></p>\n<table class=\"narrative\">\n"
                + "<thead><tr><th>行 <span class=\"en\">row</span></th><th>列 <span class=\"en\">column</span></th>"
                + "<th>数值 <span class=\"en\">value</span></th><th>原文 <span class=\"en\">source text</span></th>"
                + "</tr></thead>\n<tbody>\n");
        for (ReportObservation o : rest) {
            sb.append("<tr><th class=\"label\">").append(Html.esc(o.label().isEmpty() ? o.row() : o.label()))
                    .append("</th><td><code>").append(Html.esc(o.column())).append("</code></td>").append(cell(o))
                    .append("<td class=\"quote\">").append(Html.esc(o.quote())).append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static Set<String> rowsOf(List<ReportObservation> obs) {
        Set<String> rows = new HashSet<>();
        obs.forEach(o -> rows.add(o.row()));
        return rows;
    }

    /** A number's cell: linked to its observation, titled with where it stands; blank cells stay blank. */
    String cell(ReportObservation o) {
        if (o == null) {
            return "<td class=\"n none\"></td>";
        }
        shown.add(o.iri());
        String where = (o.line().isEmpty() ? "" : "第 " + o.line() + " 行") + (o.quote().isEmpty() ? "" : "：" + o.quote());
        String cls = "n" + (o.missing() ? " missing" : "") + (failing.contains(o.iri()) ? " bad" : "");
        String text = o.missing() ? "·" : o.qualifier() + o.value() + (o.unit().isEmpty() || o.table().startsWith("t")
                ? "" : " " + o.unit());
        return "<td class=\"" + cls + "\" title=\"" + Html.esc(o.missing() ? "原表此格为空 · blank in the report. " + where
                : where) + "\"><a href=\"" + Html.esc(links.href(o.iri())) + "\">" + Html.esc(text) + "</a>"
                + (o.line().isEmpty() ? "" : "<span class=\"src\">" + Html.esc(o.line()) + "</span>") + "</td>";
    }

    private static String span(String attr, int n) {
        return n > 1 ? " " + attr + "=\"" + n + "\"" : "";
    }

    private static Map<String, ReportObservation> index(List<ReportObservation> obs) {
        Map<String, ReportObservation> map = new HashMap<>();
        obs.forEach(o -> map.putIfAbsent(o.row() + "|" + o.column(), o));
        return map;
    }
}
