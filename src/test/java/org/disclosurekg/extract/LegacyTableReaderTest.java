package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyTableReaderTest {
    @Test
    void readsSpaceSeparatedRowsWithoutTheirListNumbers() {
        String text = "附件：政府信息公开情况统计表\n指标名称 计量单位 2012年度 历年累计 主动公开信息数 条 739 4359 "
                + "其中：1、网站公开 条 739 4359 2、政府公报公开 条 0 0 行政复议数 件 0 0";
        assertEquals(List.of("主动公开信息数/thisYear=739", "主动公开信息数/cumulative=4359", "网站公开/thisYear=739",
                "网站公开/cumulative=4359", "政府公报公开/thisYear=0", "政府公报公开/cumulative=0", "行政复议数/thisYear=0",
                "行政复议数/cumulative=0"), TextReports.cells(TextReports.extract(text), ReportTable.LEGACY));
    }

    @Test
    void splitsRunTogetherCellsWhereThePartsMustFitTheirTotal() {
        String text = "指标名称计量单位2012年度历年累计受理依申请公开信息总数条2121其中：1.当面申请数条18182.电子邮件申请数条33"
                + "行政复议数条00";
        assertEquals(List.of("受理依申请公开信息总数/thisYear=21", "受理依申请公开信息总数/cumulative=21",
                "当面申请数/thisYear=18", "当面申请数/cumulative=18", "电子邮件申请数/thisYear=3", "电子邮件申请数/cumulative=3",
                "行政复议数/thisYear=0", "行政复议数/cumulative=0"),
                TextReports.cells(TextReports.extract(text), ReportTable.LEGACY));
    }

    @Test
    void aLoneNumberForTwoColumnsIsLeftOut() {
        String text = "指标名称 计量单位 2013年度 历年累计 网站公开 条 5 9 政府公报公开 条 0 行政复议数 件 0 0";
        assertEquals(List.of("网站公开/thisYear=5", "网站公开/cumulative=9", "行政复议数/thisYear=0", "行政复议数/cumulative=0"),
                TextReports.cells(TextReports.extract(text), ReportTable.LEGACY));
    }
}
