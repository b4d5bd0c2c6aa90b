package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Cell;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.Table;
import org.junit.jupiter.api.Test;

class HtmlReportReaderTest {
    @Test
    void aPageThatOnlyLinksTheReportSaysSo() throws ReportReadException {
        ReportDocument doc = read("<html><body><div class=\"article_content\"><p>某区公安局2020年政府信息公开工作年度报告</p>"
                + "<p><a href=\"./P0202407.doc\">某区公安局2020年政府信息公开工作年度报告.doc</a></p></div></body></html>");
        assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("P0202407.doc")), doc.warnings().toString());
    }

    @Test
    void aFullReportWithAnAttachmentGetsNoSuchWarning() throws ReportReadException {
        String body = "<p>" + "一、总体情况。本年度区政府认真贯彻落实政府信息公开条例，主动公开政府信息。".repeat(30) + "</p>";
        ReportDocument doc = read("<html><body><div class=\"article_content\">" + body
                + "<p><a href=\"/files/a.pdf\">附件</a></p></div></body></html>");
        assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
    }

    private static ReportDocument read(String html) throws ReportReadException {
        return new HtmlReportReader().read("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    static List<Paragraph> paragraphs(ReportDocument doc) {
        return doc.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    static List<Table> tables(ReportDocument doc) {
        return doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** A row as texts, spanned copies written as {@code ^}. */
    static List<String> marked(Row row) {
        return row.cells().stream().map(c -> c.spanned() ? "^" + c.text() : c.text()).toList();
    }

    @Test
    void expandsRowspanAndColspanIntoAFullGridWithBlankNbspCells() throws ReportReadException {
        ReportDocument doc = read("""
                <table>
                <tr><td colspan="2" rowspan="2">项目</td><td colspan="2">申请人</td></tr>
                <tr><td>自然人</td><td>法人</td></tr>
                <tr><td rowspan="2">三、结果</td><td>予以公开</td><td> 12 </td><td>&nbsp;</td></tr>
                <tr><td>不予公开</td><td><p>&nbsp;&nbsp;</p></td><td>0</td></tr>
                </table>""");
        Table table = tables(doc).get(0);
        assertTrue(table.grid());
        assertEquals(List.of(
                List.of("项目", "^项目", "申请人", "^申请人"),
                List.of("^项目", "^项目", "自然人", "法人"),
                List.of("三、结果", "予以公开", "12", ""),
                List.of("^三、结果", "不予公开", "", "0")),
                table.rows().stream().map(HtmlReportReaderTest::marked).toList());
    }

    @Test
    void padsShortRowsWithBlankCells() throws ReportReadException {
        Table table = tables(read("<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>"))
                .get(0);
        assertEquals(List.of("d", "", ""), table.rows().get(1).texts());
        assertFalse(table.rows().get(1).cells().get(2).spanned());
    }

    @Test
    void joinsHeaderCellsWrittenOneCharacterPerParagraphOrPaddedWithNbsp() throws ReportReadException {
        Table table = tables(read("""
                <table><tr>
                <td><p>结</p><p>果</p><p>维</p><p>持</p></td>
                <td><p>三、本</p><p>年度办 &nbsp; &nbsp; &nbsp;</p><p>理结果 &nbsp; &nbsp;</p></td>
                <td>本年新<br />制作数量</td>
                <td><p>12</p><p>34</p></td>
                <td><span>社会</span><font>公益</font><strong>组织</strong></td>
                </tr></table>""")).get(0);
        assertEquals(List.of("结果维持", "三、本年度办理结果", "本年新制作数量", "12 34", "社会公益组织"),
                table.rows().get(0).texts());
    }

    @Test
    void decodesGbkPageWithMetaCharset() throws ReportReadException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>政府信息公开工作年度报告</title></head><body><p>本年新收政府信息公开申请数量</p></body></html>";
        ReportDocument doc = new HtmlReportReader().read("gbk.html", html.getBytes(Charset.forName("GBK")));
        assertEquals("GB18030", doc.charset());
        assertTrue(paragraphs(doc).stream().anyMatch(p -> p.text().equals("本年新收政府信息公开申请数量")));
    }

    @Test
    void sniffsGbkPageWithoutCharsetDeclaration() throws ReportReadException {
        String html = "<html><body><h1>某区2020年政府信息公开工作年度报告</h1>"
                + "<p>一、总体情况</p><p>本年度共收到政府信息公开申请十二件，均已按时答复。</p></body></html>";
        ReportDocument doc = new HtmlReportReader().read("gbk.html", html.getBytes(Charset.forName("GBK")));
        assertEquals("GB18030", doc.charset());
        assertEquals("某区2020年政府信息公开工作年度报告", paragraphs(doc).get(0).text());
    }

    @Test
    void decodesBig5PageAndConvertsItToSimplified() throws ReportReadException {
        String html = "<html><head><meta charset=\"big5\"></head><body><p>臺北市政府資訊公開工作年度報告</p>"
                + "<p>本年度受理申請案件共計十二件</p></body></html>";
        ReportDocument doc = new HtmlReportReader().read("big5.html", html.getBytes(Charset.forName("Big5")));
        assertEquals("Big5", doc.charset());
        assertTrue(doc.traditional());
        assertEquals("本年度受理申请案件共计十二件", paragraphs(doc).get(1).text());
    }

    @Test
    void doesNotRepeatATitleTheReportSplitsOverTwoParagraphs() throws ReportReadException {
        ReportDocument doc = read("<div class=\"article_title\">某区2022年政府信息公开工作年度报告</div>"
                + "<div class=\"TRS_Editor\"><p>某区2022年</p><p>政府信息公开工作年度报告</p><p>一、总体情况</p>"
                + "<p>" + "本区认真贯彻落实条例，全面推进政务公开。".repeat(10) + "</p></div>");
        assertEquals("某区2022年", paragraphs(doc).get(0).text());
    }

    @Test
    void decodesUtf8PageWhoseMetaWronglyClaimsGbk() throws ReportReadException {
        String html = "<meta charset=\"gbk\"><p>政府信息公开工作年度报告</p>";
        ReportDocument doc = read(html);
        assertEquals("UTF-8", doc.charset());
        assertEquals("政府信息公开工作年度报告", paragraphs(doc).get(0).text());
        assertEquals(1, doc.warnings().size());
    }

    @Test
    void stripsPageChromeAroundTheArticleAndKeepsTheTitleFirst() throws ReportReadException {
        ReportDocument doc = read("""
                <html><head><title>某县2020年政府信息公开工作年度报告_某县人民政府</title>
                <script>var x = "分享到";</script><style>p { color: red }</style></head>
                <body>
                <div class="header"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">互动交流</a></div>
                <nav><ul><li><a href="/1">机构</a></li><li><a href="/2">政策</a></li></ul></nav>
                <div class="position">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>
                <h1 class="title">某县2020年政府信息公开工作年度报告</h1>
                <div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
                <div class="content">
                  <p>本报告由某县人民政府办公室编制。</p>
                  <p>一、总体情况</p>
                  <p>2020年，某县共主动公开政府信息<span>1234</span>条。</p>
                  <table><tr><td>信息内容</td><td>本年新制作数量</td></tr><tr><td>规章</td><td>3</td></tr></table>
                </div>
                <div style="display:none"><a href="http://spam.example">博彩</a></div>
                <div class="xglj"><ul><li><a>2019年年度报告</a></li><li><a>2018年年度报告</a></li>
                <li><a>2017年年度报告</a></li></ul></div>
                <p>【打印本页】【关闭窗口】</p>
                <div class="footer">版权所有：某县人民政府 网站标识码 1234</div>
                </body></html>""");
        List<String> texts = paragraphs(doc).stream().map(Paragraph::text).toList();
        assertEquals(List.of("某县2020年政府信息公开工作年度报告", "本报告由某县人民政府办公室编制。", "一、总体情况",
                "2020年,某县共主动公开政府信息1234条。"), texts);
        assertEquals(1, tables(doc).size());
    }

    @Test
    void dropsBreadcrumbsShareBoxesAndPrintLinksInsideTheArticle() throws ReportReadException {
        ReportDocument doc = read("""
                <div id="zoom">
                <p>您当前的位置：首页 &gt; 信息公开 &gt; 年度报告</p>
                <p>首页 &gt; 政务公开</p>
                <div class="bdsharebuttonbox"><a>分享</a><a>微信</a></div>
                <p>某局2021年政府信息公开工作年度报告</p>
                <p>一、总体情况</p>
                <p>【我要打印】【关闭】</p>
                <p>【字体：大 中 小】</p>
                <p>扫一扫在手机打开当前页</p>
                </div>""");
        assertEquals(List.of("某局2021年政府信息公开工作年度报告", "一、总体情况"),
                paragraphs(doc).stream().map(Paragraph::text).toList());
    }

    @Test
    void fallsBackToTheElementHoldingMostOfTheText() throws ReportReadException {
        String report = "<p>一、总体情况</p><p>" + "本机关依法公开政府信息，认真办理政府信息公开申请。".repeat(20) + "</p>";
        ReportDocument doc = read("<body><div id=\"left\"><p>便民服务</p><p>办事指南</p></div>"
                + "<div id=\"x9\"><div class=\"t\">某局2021年政府信息公开工作年度报告</div>" + report + "</div>"
                + "<div id=\"right\"><p>联系我们</p></div></body>");
        List<String> texts = paragraphs(doc).stream().map(Paragraph::text).toList();
        assertEquals("某局2021年政府信息公开工作年度报告", texts.get(0));
        assertFalse(texts.contains("便民服务"));
        assertFalse(texts.contains("联系我们"));
    }

    @Test
    void layoutTablesGiveUpTheirTextAndOnlyLeafTablesBecomeGrids() throws ReportReadException {
        String narrative = "本年度主动公开政府信息共计一千二百条，其中通过门户网站公开一千条。".repeat(12);
        ReportDocument doc = read("<table><tr><td>某镇2019年政府信息公开工作年度报告</td></tr><tr><td>"
                + "<p>" + narrative + "</p><table><tr><td>行政复议</td><td>行政诉讼</td></tr>"
                + "<tr><td>1</td><td>2</td></tr></table><p>五、存在的主要问题</p></td></tr></table>");
        List<Block> blocks = doc.blocks();
        assertEquals("某镇2019年政府信息公开工作年度报告", ((Paragraph) blocks.get(0)).text());
        assertTrue(((Paragraph) blocks.get(1)).text().startsWith("本年度主动公开"));
        assertEquals(List.of("1", "2"), ((Table) blocks.get(2)).rows().get(1).texts());
        assertEquals("五、存在的主要问题", ((Paragraph) blocks.get(3)).text());
    }

    @Test
    void convertsTraditionalPagesWholeCellsIncluded() throws ReportReadException {
        ReportDocument doc = read("<p>臺北市政府資訊公開工作年度報告</p><p>本機關透過入口網站公開資訊</p>"
                + "<table><tr><td>申請數量</td><td>總計</td></tr></table>");
        assertTrue(doc.traditional());
        assertEquals("本机关通过门户网站公开信息", paragraphs(doc).get(1).text());
        assertEquals(List.of("申请数量", "总计"), tables(doc).get(0).rows().get(0).texts());
    }

    @Test
    void recordsTheSourceLineOfEachBlock() throws ReportReadException {
        ReportDocument doc = read("<html><body>\n<p>第一段政府信息公开</p>\n\n<p>第二段年度报告</p>\n"
                + "<table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>c</td><td>d</td></tr></table></body></html>");
        assertEquals(2, doc.blocks().get(0).source().line());
        assertEquals(4, doc.blocks().get(1).source().line());
        Table table = tables(doc).get(0);
        assertEquals(5, table.source().line());
        assertEquals(7, table.rows().get(1).source().line());
    }

    @Test
    void joinsInlineMarkupWithoutSpacesAndDropsSourceLineBreaksBetweenChineseCharacters() throws ReportReadException {
        ReportDocument doc = read("<p><span>平潭综合实验区</span>2019年<strong>政府</strong>\n   信息公开</p>");
        assertEquals("平潭综合实验区2019年政府信息公开", paragraphs(doc).get(0).text());
    }

    @Test
    void pageWithoutTextIsAnError() {
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> read("<html><body><script>var a=1;</script></body></html>"));
        assertTrue(e.getMessage().contains("no report text"));
    }

    @Test
    void cellsAreNeverFilledWithZeros() throws ReportReadException {
        Table table = tables(read("<table><tr><td>总计</td><td>&nbsp;</td><td>\u3000</td><td></td></tr></table>"))
                .get(0);
        assertTrue(table.rows().get(0).cells().stream().skip(1).allMatch(Cell::isBlank));
    }
}
