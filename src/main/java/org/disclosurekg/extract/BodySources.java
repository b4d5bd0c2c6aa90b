package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;

/**
 * The places a report names its issuing body, in the order they are trusted: the printed title, a crawler's
 * title line ({@code 标题:}), a sentence that
 * names the report (现公布…年度报告), the subject of an opening sentence (2020年,武昌区按照…), the compiler
 * (由沈阳市沈河区人民政府办公室编制, 我局编制了), the signature at the end (平潭综合实验区公安局 2020年1月17日), the
 * page's metadata (发布机构:, which a site often fills with itself), and the office to contact (请与…联系).
 */
final class BodySources {
    private static final int PREAMBLE_PARAGRAPHS = 12;
    private static final int OPENING_PARAGRAPHS = 40;
    private static final int SIGNATURE_PARAGRAPHS = 4;
    private static final Pattern OPENING = Pattern.compile("(?:^|[。!?\\s])(?:[(（]?[一二三四五六七八九十]+[)）、]\\s*)?"
            + "(?:总体情况|概述)?\\s*\\d{4}\\s*年度?\\s*,?\\s*(?<s>[\\p{IsHan}“”]{2,40})");
    private static final Pattern COMPILED_BY = Pattern.compile("由(?<x>[^,。;:()《》“”\\s]{2,40}?)"
            + "(?:根据|依据|按照|综合|汇总|编制|编写|制作|整理|汇编)"
            + "|(?:^|[,。;:])(?<y>[^,。;:()《》“”\\s]{2,40}?)(?:编制|编写)(?:完成|形成|而成|了)");
    private static final Pattern METADATA = Pattern.compile("(?:发布机构|发文机关|发布单位|信息来源|来源)\\s*[:：]\\s*(?<x>[^\\s|:：]{2,30})");
    private static final Pattern METADATA_KEY = Pattern.compile("\\s*(?:发布机构|发文机关|发布单位|信息来源|来源)\\s*");
    private static final Pattern CONTACT = Pattern.compile("请与(?<x>[^,。;:()《》“”\\s]{2,40}?)联系");
    private static final Pattern SIGNATURE = Pattern.compile("[\\p{IsHan}()（）]{4,30}");
    /** A signature and its date closing a paragraph that runs on (…事项无 平潭综合实验区公安局 2020年1月17日). */
    private static final Pattern SIGNED = Pattern.compile("(?:^|[。\\s])(?<x>[\\p{IsHan}()（）]{4,30}?)\\s*"
            + "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");

    private final DivisionResolver resolver;
    private final Integer year;

    BodySources(DivisionResolver resolver, Integer year) {
        this.resolver = resolver;
        this.year = year;
    }

    /** Every body name found, most trusted first. */
    List<BodyName> find(ReportDocument document) {
        List<BodyName> found = new ArrayList<>();
        ReportTitles.printed(document).ifPresent(t -> add(found, t.name(), BodyName.TITLE));
        ReportTitles.titleLine(document).ifPresent(t -> add(found, t.name(), BodyName.TITLE_LINE));
        ReportTitles.inText(document).ifPresent(t -> add(found, t.name(), BodyName.PREAMBLE));
        List<Paragraph> paragraphs = paragraphs(document);
        opening(paragraphs, found);
        compiledBy(paragraphs, found);
        signature(paragraphs, found);
        metadata(ReportTitles.topLines(document), found);
        contact(paragraphs, found);
        return found;
    }

    private void opening(List<Paragraph> paragraphs, List<BodyName> found) {
        for (Paragraph p : paragraphs.subList(0, Math.min(OPENING_PARAGRAPHS, paragraphs.size()))) {
            Matcher m = OPENING.matcher(p.text());
            while (m.find()) {
                if (add(found, m.group("s").replace("“", "").replace("”", ""), BodyName.OPENING_SENTENCE)) {
                    return;
                }
            }
        }
    }

    private void compiledBy(List<Paragraph> paragraphs, List<BodyName> found) {
        for (Paragraph p : paragraphs.subList(0, Math.min(PREAMBLE_PARAGRAPHS, paragraphs.size()))) {
            Matcher m = COMPILED_BY.matcher(p.text());
            while (m.find()) {
                String name = m.group("x") != null ? m.group("x") : m.group("y");
                if (add(found, name, "compiler")) {
                    return;
                }
            }
        }
    }

    /** 如对本报告有疑问,请与沈河区人民政府办公室联系: the office that answers for the report. */
    private void contact(List<Paragraph> paragraphs, List<BodyName> found) {
        for (Paragraph p : paragraphs.subList(0, Math.min(PREAMBLE_PARAGRAPHS, paragraphs.size()))) {
            Matcher m = CONTACT.matcher(p.text());
            if (m.find() && add(found, m.group("x"), "contact")) {
                return;
            }
        }
    }

    private void metadata(List<String> lines, List<BodyName> found) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = METADATA.matcher(lines.get(i));
            if (m.find() && add(found, m.group("x"), "metadata")) {
                return;
            }
            if (METADATA_KEY.matcher(lines.get(i)).matches() && i + 1 < lines.size()
                    && add(found, lines.get(i + 1), "metadata")) {
                return;
            }
        }
    }

    private void signature(List<Paragraph> paragraphs, List<BodyName> found) {
        int from = Math.max(0, paragraphs.size() - SIGNATURE_PARAGRAPHS);
        for (Paragraph p : paragraphs.subList(from, paragraphs.size())) {
            if (SIGNATURE.matcher(p.text().strip()).matches() && add(found, p.text(), "signature")) {
                return;
            }
        }
        for (int i = paragraphs.size() - 1; i >= from; i--) {
            Matcher m = SIGNED.matcher(paragraphs.get(i).text());
            String last = null;
            while (m.find()) {
                last = m.group("x");
            }
            if (last != null && add(found, last, "signature")) {
                return;
            }
        }
    }

    /** Adds the body the text names, if it names one; true when it did. */
    private boolean add(List<BodyName> found, String text, String source) {
        if (text == null || text.isBlank()) {
            return false;
        }
        BodyName name = BodyName.read(text, source, resolver, year);
        if (name != null) {
            found.add(name);
        }
        return name != null;
    }

    private static List<Paragraph> paragraphs(ReportDocument document) {
        List<Paragraph> out = new ArrayList<>();
        for (Block b : document.blocks()) {
            if (b instanceof Paragraph p) {
                out.add(p);
            }
        }
        return out;
    }
}
