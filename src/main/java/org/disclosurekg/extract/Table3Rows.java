package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;

/** The rows and columns of table 三 in the 2019 and 2021 templates, and which rows are leaves of 三. */
final class Table3Rows {
    static final List<String> COLUMNS = List.of("natural", "commercial", "research", "social", "legal", "other", "total");

    private static final List<RowSpec> HEAD = List.of(
            RowSpec.of("newReceived", "本年新收"),
            RowSpec.of("carriedOver", "上年结转", "上年转结"),
            RowSpec.of("granted", "予以公开"),
            RowSpec.of("partial", "部分公开"),
            RowSpec.numbered("denied.stateSecret", 1, "国家秘密"),
            RowSpec.numbered("denied.lawForbidden", 2, "法律行政法规禁止", "禁止公开"),
            RowSpec.numbered("denied.threeSafety", 3, "三安全一稳定", "危及"),
            RowSpec.numbered("denied.thirdParty", 4, "第三方"),
            RowSpec.numbered("denied.internal", 5, "内部事务"),
            RowSpec.numbered("denied.process", 6, "过程性"),
            RowSpec.numbered("denied.enforcementFile", 7, "执法案卷", "行政法案卷", "案卷"),
            RowSpec.numbered("denied.adminQuery", 8, "行政查询", "查询事项"),
            RowSpec.numbered("unable.notHeld", 1, "不掌握"),
            RowSpec.numbered("unable.needCreate", 2, "另行制作", "现成信息", "需要制作"),
            RowSpec.numbered("unable.unclear", 3, "仍不明确", "不明确"),
            RowSpec.numbered("notProcessed.petition", 1, "信访", "举报投诉"),
            RowSpec.numbered("notProcessed.repeated", 2, "重复申请"),
            RowSpec.numbered("notProcessed.publication", 3, "出版物"),
            RowSpec.numbered("notProcessed.massRepeated", 4, "大量反复"),
            RowSpec.numbered("notProcessed.confirm", 5, "确认或重新出", "重新出具"));

    private static final List<RowSpec> OTHER_2019 = List.of(RowSpec.of("otherHandling", "其他处理"));

    private static final List<RowSpec> OTHER_2021 = List.of(
            RowSpec.numbered("otherHandling.noCorrection", 1, "逾期不补正", "理由逾期", "不补正"),
            RowSpec.numbered("otherHandling.noFee", 2, "收费通知", "缴纳费用", "逾期未按收费"),
            RowSpec.numbered("otherHandling.other", 3, "其他"));

    private static final List<RowSpec> TAIL = List.of(
            RowSpec.of("total", "总计"),
            RowSpec.of("carriedForward", "结转下年度", "结转下一年度", "结转下年"));

    private Table3Rows() {
    }

    /** The rows in template order; the 2021 rows split （六）其他处理 in three. */
    static List<RowSpec> rows(boolean split) {
        List<RowSpec> rows = new ArrayList<>(HEAD);
        rows.addAll(split ? OTHER_2021 : OTHER_2019);
        rows.addAll(TAIL);
        return rows;
    }

    /** True for the result rows that add up to （七）总计. */
    static boolean isLeaf(String key) {
        return !key.equals("newReceived") && !key.equals("carriedOver") && !key.equals("total")
                && !key.equals("carriedForward") && !isGroup(key);
    }

    /** The group totals a report may state without their parts. */
    static boolean isGroup(String key) {
        return key.equals("denied") || key.equals("unable") || key.equals("notProcessed");
    }
}
