package org.disclosurekg.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads reports published as web pages: decodes the page, finds the report inside the page furniture,
 * keeps the page's title of the report as the first paragraph, and turns block elements into paragraphs
 * and data tables into full grids.
 */
public final class HtmlReportReader implements ReportReader {
    private static final Pattern ATTACHMENT = Pattern.compile("(?i)\\.(?:docx?|pdf|wps|xlsx?|rar|zip)(?:[?#]|$)");
    /** Fewer characters than a report's preamble: the page is a cover for an attachment. */
    private static final int LITTLE_TEXT = 800;

    @Override
    public ReportDocument read(String sourceName, byte[] bytes) throws ReportReadException {
        HtmlCharsets.Decoded decoded = HtmlCharsets.decode(bytes);
        Document doc = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(true));
        Optional<HtmlBodyFinder.Title> shown = HtmlBodyFinder.titleElement(doc);
        List<String> attachments = attachments(doc);
        HtmlBodyFinder.strip(doc);
        Element content = HtmlBodyFinder.content(doc);
        Optional<HtmlBodyFinder.Title> title = shown.or(() -> HtmlBodyFinder.titleBefore(doc, content))
                .or(() -> HtmlBodyFinder.titleTag(doc));
        DocumentAssembler out = new DocumentAssembler();
        new HtmlBlockWalker(out).walk(content);
        if (out.isEmpty()) {
            throw new ReportReadException("the page holds no report text");
        }
        title.filter(t -> !opensWith(out, t.text())).ifPresent(t -> out.prepend(t.text(), t.source()));
        if (decoded.warning() != null) {
            out.warn(decoded.warning());
        }
        if (!attachments.isEmpty() && content.text().strip().length() < LITTLE_TEXT) {
            out.warn("the page holds little report text; the report itself seems to be in the attached "
                    + String.join(", ", attachments) + ": convert that file");
        }
        return out.build(sourceName, ReportFormat.HTML.mediaType(), bytes, decoded.charset().name());
    }

    /** The files the page links as attachments (Word, PDF, WPS, spreadsheets, archives). */
    private static List<String> attachments(Document doc) {
        return doc.select("a[href]").stream()
                .map(a -> a.attr("href"))
                .filter(href -> ATTACHMENT.matcher(href).find())
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .distinct()
                .toList();
    }

    /** True when the first few paragraphs, read together, already hold the title. */
    private static boolean opensWith(DocumentAssembler body, String title) {
        StringBuilder opening = new StringBuilder();
        for (Block block : body.first(3)) {
            if (block instanceof Paragraph p) {
                opening.append(squeeze(p.text()));
            }
        }
        return opening.toString().contains(squeeze(title));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
