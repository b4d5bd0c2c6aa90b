package org.disclosurekg.read;

import java.util.Optional;
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
    @Override
    public ReportDocument read(String sourceName, byte[] bytes) throws ReportReadException {
        HtmlCharsets.Decoded decoded = HtmlCharsets.decode(bytes);
        Document doc = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(true));
        Optional<HtmlBodyFinder.Title> shown = HtmlBodyFinder.titleElement(doc);
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
        return out.build(sourceName, ReportFormat.HTML.mediaType(), bytes, decoded.charset().name());
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
