package org.disclosurekg.serve;

import java.util.List;

/**
 * HTML escaping and the page frame every page shares. All text that comes from the graph (and so from the
 * reports) goes through {@link #esc}; nothing else writes markup around data.
 */
public final class Html {
    /** The navigation entries: path, Chinese label, English label. */
    private static final List<String[]> NAV = List.of(
            new String[] {"/", "首页", "Home"},
            new String[] {"/query", "查询", "Query"},
            new String[] {"/download/", "下载", "Downloads"},
            new String[] {"/quality", "数据质量", "Quality"},
            new String[] {"/ontology", "本体", "Ontology"},
            new String[] {"/.well-known/void", "数据集描述", "VoID"});

    private Html() {
    }

    /** Escapes text for an HTML element or a quoted attribute value; {@code null} becomes empty. */
    public static String esc(Object text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A link with escaped address and text. */
    public static String link(String href, Object text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A Chinese text followed by its English, the way every heading and label is shown. */
    public static String bilingual(String zh, String en) {
        return esc(zh) + " <span class=\"en\" lang=\"en\">" + esc(en) + "</span>";
    }

    /**
     * A whole page: the shared head, navigation and footer around {@code body} (already markup).
     *
     * @param active the navigation path to mark as current, or {@code null}
     * @param extraHead markup for the head (scripts, styles), already safe
     */
    public static String page(String titleZh, String titleEn, String active, String extraHead, String body) {
        StringBuilder sb = new StringBuilder(body.length() + 2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(titleZh)).append(titleEn.isEmpty() ? "" : " · " + esc(titleEn))
                .append(" — 政府信息公开年报知识图谱</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n")
                .append("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">\n").append(extraHead)
                .append("</head>\n<body>\n<header class=\"site\"><div class=\"wrap\">")
                .append("<a class=\"brand\" href=\"/\">政府信息公开年报知识图谱 <span class=\"en\" lang=\"en\">Disclosure KG</span></a>")
                .append("<nav>");
        for (String[] n : NAV) {
            sb.append("<a href=\"").append(n[0]).append('"').append(n[0].equals(active) ? " class=\"active\"" : "")
                    .append('>').append(esc(n[1])).append(" <span class=\"en\" lang=\"en\">").append(esc(n[2]))
                    .append("</span></a>");
        }
        sb.append("</nav></div></header>\n<main class=\"wrap\">\n").append(body).append("\n</main>\n")
                .append(footer()).append("</body>\n</html>\n");
        return sb.toString();
    }

    private static String footer() {
        return "<footer class=\"site\"><div class=\"wrap\">"
                + "<p>数据来源：各级行政机关公开发布的政府信息公开工作年度报告（公开的政府信息）。"
                + "知识图谱以 <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a> 发布。</p>"
                + "<p lang=\"en\">Source: the annual reports published by government bodies "
                + "(public government information). "
                + "The graph is published under CC BY 4.0. "
                + "<a href=\"/sparql\">SPARQL</a> · <a href=\"/download/\">dumps</a> · "
                + "<a href=\"/.well-known/void\">VoID</a></p></div></footer>\n";
    }
}
