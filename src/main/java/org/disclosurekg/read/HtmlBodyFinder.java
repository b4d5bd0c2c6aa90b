package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.disclosurekg.document.SourceRef;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the report inside a whole government web page: removes scripts, navigation and other page
 * furniture, then picks the element that holds the report text, preferring the content containers that
 * publishing systems name (TRS_Editor, article_content, zoom, …) but falling back to the smallest element
 * holding most of the page's Chinese text.
 */
final class HtmlBodyFinder {
    private static final String REMOVED_TAGS = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, nav, header, footer, aside, button, input, select, textarea, link, meta";
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "table", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "li", "section", "article", "blockquote", "center", "br", "tr", "td");
    private static final Set<String> CONTAINERS = Set.of("trs_editor", "trs_ueditor", "trs_preappend",
            "article_content", "article-content", "articlecontent", "article_con", "art_con", "zoom", "content",
            "custom_unionstyle", "wordsection1", "section1", "main_content", "main-content", "news_content",
            "newscontent", "detail_content", "pages_content", "xxgk_content", "zw", "zwnr", "wzcon", "ccontent",
            "view", "text", "txt", "contentbox", "content_box");
    /** The share of the page's Chinese text the fallback container must hold. */
    private static final double MOST = 0.75;
    /** The share of the fallback's text a named container must hold to be preferred to it. */
    private static final double NAMED_ENOUGH = 0.85;

    private HtmlBodyFinder() {
    }

    /** Removes page furniture from the document, in place. */
    static void strip(Document doc) {
        doc.select(REMOVED_TAGS).remove();
        List<Element> doomed = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body() && (HtmlChrome.isHidden(e) || HtmlChrome.isChromeElement(e)
                    || HtmlChrome.isLinkList(e))) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** The element holding the report; call after {@link #strip}. */
    static Element content(Document doc) {
        Element fallback = mostText(doc.body());
        Optional<Element> named = named(doc.body());
        if (named.isEmpty()) {
            return fallback;
        }
        Element n = named.get();
        if (n == fallback || n.getAllElements().contains(fallback)) {
            return n;
        }
        return fallback.getAllElements().contains(n) && cjk(n) >= NAMED_ENOUGH * cjk(fallback) ? n : fallback;
    }

    /** A title found in the page, with the place it stands. */
    record Title(String text, SourceRef source) {
    }

    /** The report's title in the page's {@code <title>}, without the site name. */
    static Optional<Title> titleTag(Document doc) {
        Element tag = doc.selectFirst("title");
        return tag == null ? Optional.empty() : titleTag(tag.text()).map(t -> new Title(t, HtmlPositions.of(tag)));
    }

    /** The report's title as an element of the page shows it: a title class, {@code h1} or the like. */
    static Optional<Title> titleElement(Document doc) {
        for (String query : List.of(".article_title_group", ".article_title", ".article-title", "h1",
                ".title", "#title", ".bt", "h2")) {
            for (Element e : doc.body().select(query)) {
                String text = e.text().strip();
                if (!text.isEmpty() && text.length() <= 120 && mentionsReport(text)) {
                    return Optional.of(new Title(text, HtmlPositions.of(e)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> titleTag(String title) {
        String best = "";
        for (String part : title.split("\\s*[_|｜]\\s*|\\s+[-—–－]+\\s+")) {
            if (mentionsReport(part) && part.length() > best.length()) {
                best = part.strip();
            }
        }
        return best.isEmpty() ? Optional.empty() : Optional.of(best);
    }

    private static boolean mentionsReport(String text) {
        return text.contains("报告") || text.contains("報告") || text.contains("年报") || text.contains("年報");
    }

    /**
     * The deepest element whose Chinese text is most of the page's, not going below an element that is
     * itself a paragraph or a data table, so that a report of one long paragraph keeps its headings.
     */
    private static Element mostText(Element body) {
        int total = cjk(body);
        Element current = body;
        boolean descended = true;
        while (descended && total > 0) {
            descended = false;
            for (Element child : current.children()) {
                if (cjk(child) >= MOST * total && isContainer(child)) {
                    current = child;
                    descended = true;
                    break;
                }
            }
        }
        return current;
    }

    private static boolean isContainer(Element e) {
        if (e.normalName().equals("table") && HtmlTables.isData(e)) {
            return false;
        }
        long blocks = e.children().stream().filter(c -> BLOCK_TAGS.contains(c.normalName())).count();
        return blocks >= 2 || e.normalName().equals("table") || e.normalName().equals("tbody")
                || e.normalName().equals("tr");
    }

    /** The nearest short text before the content that names a report, as layout tables put titles. */
    static Optional<Title> titleBefore(Document doc, Element content) {
        Set<Element> ancestors = Set.copyOf(content.parents());
        Title found = null;
        for (Element e : doc.body().getAllElements()) {
            if (e == content) {
                break;
            }
            String own = e.ownText().strip();
            if (!own.isEmpty() && mentionsReport(own) && !ancestors.contains(e) && e.text().length() <= 120) {
                found = new Title(e.text().strip(), HtmlPositions.of(e));
            }
        }
        return Optional.ofNullable(found);
    }

    /** The named container with the most Chinese text, or the deepest one inside it that holds nearly all of it. */
    private static Optional<Element> named(Element body) {
        Element best = null;
        int bestCount = 0;
        for (Element e : body.getAllElements()) {
            int count = isNamedContainer(e) ? cjk(e) : 0;
            if (count > bestCount) {
                best = e;
                bestCount = count;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Element chosen = best;
        for (Element e : best.getAllElements()) {
            if (e != best && isNamedContainer(e) && cjk(e) >= 0.95 * bestCount) {
                chosen = e;
            }
        }
        return Optional.of(chosen);
    }

    private static boolean isNamedContainer(Element e) {
        if (CONTAINERS.contains(e.id().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String name : e.classNames()) {
            if (CONTAINERS.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The number of Han characters in the element's text. */
    static int cjk(Element e) {
        String text = e.text();
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }
}
