package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Table2ReaderTest {
    private static final String HEAD = "二、主动公开政府信息情况\n";
    private static final String TAIL = "\n三、收到和处理政府信息公开申请情况\n";

    @Test
    void readsSignedCountsAndAmountsWithTheirUnits() {
        String text = HEAD + "第二十条第(一)项 | | |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
                + "规章 | 0 | 0 | 0 |\n规范性文件 | 3 | 3 | 12 |\n"
                + "第二十条第(五)项 | | |\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
                + "行政许可 | 95 | +25 | 22113 |\n"
                + "第二十条第(八)项 | | |\n信息内容 | 上一年项目数量 | 本年增/减 | |\n行政事业性收费 | 12 | -9 | |\n"
                + "第二十条第(九)项 | | |\n信息内容 | 采购项目数量 | 采购总金额 | |\n政府集中采购 | 67 | 394432.52元 |" + TAIL;
        assertEquals(List.of("rules/made=0", "rules/published=0", "rules/totalPublished=0", "normativeDocs/made=3",
                "normativeDocs/published=3", "normativeDocs/totalPublished=12", "licensing/itemsLastYear=95",
                "licensing/itemsChange=25", "licensing/decisions=22113", "fees/itemsLastYear=12", "fees/itemsChange=-9",
                "procurement/projects=67", "procurement/amountWanYuan=39.443252"),
                TextReports.cells(TextReports.extract(text), ReportTable.T2));
    }

    @Test
    void addsUpCompoundCellsAndSkipsLabelsInsideHeaderExplanations() {
        String text = HEAD + "第二十条第（九）项\n"
                + "信息内容\t采购项目数量 （指以政府集中采购方式采购的项目总个数）\t采购总金额 （指以政府集中采购方式采购的总金额）\n"
                + "政府集中采购\t66(招投标)+847(电子商城)\t14675.94万(招投标)+2798.63万(电子商场)" + TAIL;
        assertEquals(List.of("procurement/projects=913", "procurement/amountWanYuan=17474.57"),
                TextReports.cells(TextReports.extract(text), ReportTable.T2));
    }

    @Test
    void readsThe2021ColumnsAndSplitsRunTogetherDigitsOnlyWhenThereIsOneWay() {
        String text = HEAD + "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 000行政规范性文件693665"
                + "第二十条第（五）项信息内容本年处理决定数量行政许可2293 第二十条第（八）项信息内容 本年收费金额（单位：万元）"
                + "行政事业性收费24252.311082" + TAIL;
        ReportFacts facts = TextReports.extract(text);
        assertEquals(List.of("rules/issued=0", "rules/repealed=0", "rules/inForce=0", "licensing/decisions=2293",
                "fees/amountWanYuan=24252.311082"), TextReports.cells(facts, ReportTable.T2));
        assertTrue(facts.notes().stream().anyMatch(n -> n.message().contains("normativeDocs")), facts.notes().toString());
    }

    @Test
    void keepsTheCellsEveryReadingOfRunTogetherDigitsAgreesOn() {
        String text = HEAD + "第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚2648-18538"
                + "第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费35-15"
                + "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购39573802895.90元" + TAIL;
        ReportFacts facts = TextReports.extract(text);
        assertEquals(List.of("penalty/itemsLastYear=2648", "fees/itemsLastYear=35", "fees/itemsChange=-15"),
                TextReports.cells(facts, ReportTable.T2));
        assertTrue(facts.notes().stream().anyMatch(n -> n.message().contains("procurement")), facts.notes().toString());
    }

    @Test
    void aZeroAmountNeedsNoUnitAndABracketLeftOpenEarlierHidesNoLabel() {
        String text = "如有疑问请联系(联系地址:平潭;电话:0591-23100206。" + HEAD
                + "第二十条第(九)项信息内容采购项目数量采购总金额政府集中采购0 0" + TAIL;
        assertEquals(List.of("procurement/projects=0", "procurement/amountWanYuan=0"),
                TextReports.cells(TextReports.extract(text.replace("\n", "")), ReportTable.T2));
    }

    @Test
    void anAmountWithoutAUnitIsLeftOut() {
        String text = HEAD + "第二十条第(九)项\n信息内容 | 采购项目数量 | 采购总金额\n政府集中采购 | 5 | 1000" + TAIL;
        ReportFacts facts = TextReports.extract(text);
        assertEquals(List.of("procurement/projects=5"), TextReports.cells(facts, ReportTable.T2));
        assertTrue(facts.notes().stream().anyMatch(n -> n.code().equals("noUnit")));
    }
}
