package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.Table;

/**
 * Tells the report format from the words of its tables: the 2021 table 二 headers (本年制发件数, 现行有效件数)
 * and the sub-rows of （六）其他处理 (逾期不补正), or the 2019 headers (本年新制作数量, 上一年项目数量). The year
 * gives the format only where the text shows neither.
 */
final class TemplateDetector {
    private static final Pattern V2021 = Pattern.compile("本年制发件数|本年废止件数|现行有效件数|逾期不补正|逾期未按收费通知|本年收费金额");
    private static final Pattern V2019 = Pattern.compile("本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增/减|采购项目数量");
    /** A 2019 header cell cut to its first line (本年新 | 本年新). */
    private static final String CUT_HEADER = "本年新";

    /** The format the report's own words show, and the words that show it. */
    record Evidence(Template template, String words) {
    }

    private TemplateDetector() {
    }

    /** The format the year implies: 2019 for reports of 2019 and 2020, 2021 from 2021 on. */
    static Template byYear(int year) {
        return year >= 2021 ? Template.V2021 : year >= 2019 ? Template.V2019 : Template.PRE2019;
    }

    /** The format the tables' words show, if they show one. */
    static Optional<Evidence> fromText(ReportDocument document) {
        Evidence v2019 = null;
        for (Block block : document.blocks()) {
            for (String text : texts(block)) {
                Matcher m2021 = V2021.matcher(text);
                if (m2021.find()) {
                    return Optional.of(new Evidence(Template.V2021, m2021.group()));
                }
                Matcher m2019 = V2019.matcher(text);
                if (v2019 == null && (m2019.find() || text.equals(CUT_HEADER))) {
                    v2019 = new Evidence(Template.V2019, text.equals(CUT_HEADER) ? CUT_HEADER : m2019.group());
                }
            }
        }
        return Optional.ofNullable(v2019);
    }

    private static List<String> texts(Block block) {
        if (block instanceof Paragraph p) {
            return List.of(p.text().replaceAll("\\s+", ""));
        }
        List<String> cells = new ArrayList<>();
        for (Row row : ((Table) block).rows()) {
            row.texts().forEach(c -> cells.add(c.replaceAll("\\s+", "")));
        }
        return cells;
    }
}
