package org.disclosurekg.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurekg.check.Finding;
import org.disclosurekg.document.SourceRef;
import org.disclosurekg.extract.ExtractionNote;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.extract.FactKey;
import org.disclosurekg.extract.ReportFacts;
import org.disclosurekg.extract.ReportIdentity;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.extract.Template;

/** Hand-built facts of realistic reports (numbers from the seed and corpus expectations). */
final class SampleReports {
    static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private SampleReports() {
    }

    /** 汉阳区 2020 (2019 template): table 二, 三, 四 and narrative numbers, with one blank cell. */
    static ReportFacts hanyang2020() {
        ReportIdentity id = new ReportIdentity("武汉市汉阳区人民政府2020年政府信息公开工作年度报告", "武汉市汉阳区人民政府",
                true, "420105", "", 2020, Template.V2019, "");
        List<Fact> facts = new ArrayList<>();
        facts.add(table(ReportTable.T2, "normativeDocs", "made", "2", "规范性文件", 41, "规范性文件 | 2"));
        facts.add(table(ReportTable.T2, "procurement", "amountWanYuan", "17474.57", "政府集中采购", 52,
                "政府集中采购 | 17474.57万元"));
        facts.add(table(ReportTable.T3, "newReceived", "natural", "204", "一、本年新收政府信息公开申请数量", 60,
                "一、本年新收政府信息公开申请数量 | 204"));
        facts.add(table(ReportTable.T3, "newReceived", "total", "221", "一、本年新收政府信息公开申请数量", 60,
                "一、本年新收政府信息公开申请数量 | 221"));
        facts.add(table(ReportTable.T3, "denied.stateSecret", "research", null, "1.属于国家秘密", 66,
                "1.属于国家秘密 | "));
        facts.add(table(ReportTable.T4, "reconsideration", "upheld", "3", "行政复议", 95, "行政复议 结果维持 | 3"));
        facts.add(new Fact(new FactKey(ReportTable.NARRATIVE, "", "channel.weibo.posts", ""), new BigDecimal("8300"),
                false, "", "条", "", "汉阳发布", SourceRef.line(20), "通过政务微博“汉阳发布”发布信息8300条"));
        facts.add(new Fact(new FactKey(ReportTable.NARRATIVE, "", "hotline.calls", ""), new BigDecimal("1500"),
                true, "余", "个", "", "", SourceRef.line(22), "接听群众来电1500余个"));
        List<ExtractionNote> notes = List.of(new ExtractionNote("ambiguousSplit",
                "row (六)其他处理 has 8 numbers for 7 columns", SourceRef.line(80)));
        return new ReportFacts("420105-2020-hanyang.txt", "text/plain", SHA, "UTF-8", false, id, facts, notes);
    }

    /** A failed column balance of {@link #hanyang2020()}, naming one fact it has and one it lacks. */
    static List<Finding> hanyangFindings() {
        return List.of(new Finding(Finding.Rule.columnBalance, ReportTable.T3, "", "natural", false,
                new BigDecimal("204"), new BigDecimal("207"),
                List.of(new FactKey(ReportTable.T3, "", "newReceived", "natural"),
                        new FactKey(ReportTable.T3, "", "carriedOver", "natural")),
                "一 + 二 = 207, 七 + 四 says 204"));
    }

    /** 平潭综合实验区 2011 (before 2019): a statistics table, and no division code. */
    static ReportFacts pingtan2011() {
        ReportIdentity id = new ReportIdentity("平潭综合实验区2011年政府信息公开工作年度报告", "平潭综合实验区管委会", false, null,
                "development zone without a GB/T 2260 code", 2011, Template.PRE2019, "http://www.pingtan.gov.cn/a.html");
        List<Fact> facts = List.of(
                legacy("主动公开信息数", "thisYear", "425", "主动公开信息数", 30),
                legacy("网站公开", "thisYear", "418", "其中：1.网站公开", 31),
                legacy("网站公开", "cumulative", "1509", "其中：1.网站公开", 31),
                legacy("同意公开答复数", "thisYear", "0", "其中：1.同意公开答复数", 40),
                legacy("行政申诉数", "thisYear", "0", "行政申诉数", 45));
        return new ReportFacts("2011_平潭综合实验区.html", "text/html; charset=GBK", SHA, "GB18030", false, id,
                facts, List.of());
    }

    /** 武昌区 2020, a department's report with per-scope narrative numbers. */
    static ReportFacts wuchangScopes() {
        ReportIdentity id = new ReportIdentity("", "武汉市武昌区人民政府办公室", false, "420106", "", 2020,
                Template.V2019, "");
        List<Fact> facts = List.of(
                narrative("区政府", "applications.received", "12", 15, "区政府本级收到申请12件"),
                narrative("区级各部门及街道", "applications.received", "130", 15, "各部门及街道收到申请130件"));
        return new ReportFacts("wuchang.txt", "text/plain", SHA, "UTF-8", true, id, facts, List.of());
    }

    static Fact table(ReportTable table, String row, String column, String value, String label, int line,
            String quote) {
        return new Fact(new FactKey(table, "", row, column), value == null ? null : new BigDecimal(value), false,
                "", "", label, "", SourceRef.line(line), quote);
    }

    static Fact legacy(String row, String column, String value, String label, int line) {
        return new Fact(new FactKey(ReportTable.LEGACY, "", row, column), new BigDecimal(value), false, "", "条",
                label, "", SourceRef.line(line), label + " 条 " + value);
    }

    static Fact narrative(String scope, String row, String value, int line, String quote) {
        return new Fact(new FactKey(ReportTable.NARRATIVE, scope, row, ""), new BigDecimal(value), false, "", "件",
                "", "", SourceRef.line(line), quote);
    }
}
