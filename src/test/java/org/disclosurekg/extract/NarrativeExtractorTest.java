package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.read.ReportFormat;
import org.disclosurekg.read.TextNormalizer;
import org.disclosurekg.read.TextReportReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NarrativeExtractorTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Path SEED_EXPECTED = Path.of("src/test/resources/expected/seeds");
    private static final Path CORPUS_REPORTS = Path.of("src/test/resources/corpus/reports");
    private static final Pattern CHINESE_NUMERAL = Pattern.compile("[" + ChineseNumbers.NUMERAL_CHARS + "]+");

    private final NarrativeExtractor extractor = new NarrativeExtractor();
    private final IdentityExtractor identities = new IdentityExtractor();

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> corpus = Files.list(CORPUS_REPORTS)) {
            return Stream.concat(seeds(), corpus.sorted().toList().stream());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void findsEveryNarrativeNumberOfTheSeedExpectations(Path seed) throws Exception {
        JsonObject expected = expected(seed);
        List<Fact> facts = facts(seed);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonElement> cell : expected.getAsJsonObject("narrative").entrySet()) {
            JsonObject want = cell.getValue().getAsJsonObject();
            Fact got = find(facts, new FactKey(ReportTable.NARRATIVE, "", cell.getKey(), ""));
            if (got == null) {
                wrong.add(cell.getKey() + ": not found (" + want.get("text").getAsString() + ")");
                continue;
            }
            BigDecimal value = want.get("value").getAsBigDecimal();
            boolean approximate = want.has("approximate") && want.get("approximate").getAsBoolean();
            if (got.value().compareTo(value) != 0 || got.approximate() != approximate) {
                wrong.add(cell.getKey() + ": " + got.value() + (got.approximate() ? " (approximate)" : "")
                        + " instead of " + value + (approximate ? " (approximate)" : ""));
            }
            if (!quotesValue(got.quote(), value)) {
                wrong.add(cell.getKey() + ": quote «" + got.quote() + "» does not hold " + value);
            }
            // The expectations quote the source's own script; the document is in Simplified characters.
            String account = want.has("account") ? TextNormalizer.toSimplified(want.get("account").getAsString()) : null;
            if (account != null && !got.account().equals(account)) {
                wrong.add(cell.getKey() + ": account «" + got.account() + "»");
            }
        }
        assertTrue(wrong.isEmpty(), seed + "\n" + String.join("\n", wrong));
    }

    @Test
    void readsWuchangsPerScopeTablesAndNothingElse() throws Exception {
        Path seed = SEEDS.resolve("420106-2020-wuchang.txt");
        JsonObject expected = expected(seed);
        Set<String> want = new TreeSet<>();
        addCells(expected.getAsJsonObject("table3_byScope"), ReportTable.T3, want);
        addCells(expected.getAsJsonObject("table4_byScope"), ReportTable.T4, want);
        Set<String> got = facts(seed).stream().filter(f -> f.table() == ReportTable.T3 || f.table() == ReportTable.T4)
                .map(f -> f.key() + "=" + f.value().toPlainString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, got);
    }

    @Test
    void aWholeReportSentenceThatRepeatsTheTableMakesNoTableFacts() throws Exception {
        List<Fact> facts = facts(SEEDS.resolve("420105-2020-hanyang.txt"));
        assertTrue(facts.stream().noneMatch(f -> f.table() == ReportTable.T3 || f.table() == ReportTable.T4),
                facts.toString());
        Fact received = find(facts, new FactKey(ReportTable.NARRATIVE, "", "applications.received", ""));
        assertNotNull(received);
        assertEquals(0, received.value().compareTo(BigDecimal.valueOf(221)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyQuoteStandsInTheParagraphItNames(Path report) throws Exception {
        ReportDocument document = readAny(report);
        for (Fact fact : extractor.extract(document, identities.extract(document))) {
            List<String> paragraphs = paragraphsAt(document, fact);
            assertTrue(paragraphs.stream().anyMatch(p -> p.contains(fact.quote())), fact.key() + ": «"
                    + fact.quote() + "» is not in «" + paragraphs + "»");
            assertTrue(quotesValue(fact.quote(), fact.value()) || fact.value().signum() == 0
                    || fact.unit().equals("万元"), fact.key() + ": «" + fact.quote() + "» does not hold " + fact.value());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
        "对照《国务院关于取消一批行政许可等事项的决定》(国发〔201746号),共取消28项行政权力。",
        "在政府网站上公示公开教育类政务信息48条,受理4870条家长诉求。",
        "武昌区官方微信公众号发布微信文章,累积阅读量达120.1万余次,累计阅读量达7435万余次。",
        "区政府各部门共配备政务公开工作人员近50名。",
        "全区新增主动公开政府信息同比增长7.42%,主动公开率达95.11%。",
        "2018年,通过网站发布信息772条、人事考试信息44条。",
        "全年编发《区长公开电话通报》12期,组织开展在线访谈3期。",
        "收到1份有关政府信息公开行政复议申请。",
        "门户网站改版从2019年6月份重新上线,现点击量已达29131次。",
        "申报采购资金为1138万元,成交资金为1102万元。",
        "区直、县直各单位主动公开政府信息303条,各乡镇主动公开政府信息122条。",
        "通过政务微博、微信发布信息3000条。",
        "截至2019年底,累计主动公开政府信息64627条。",
        "北湖区政务公开政务服务领导小组办公室 2019313"})
    void readsNoNumberThatIsNotClearlyAboutAKey(String text) throws Exception {
        List<Fact> facts = extractor.extract(text(text), null);
        assertTrue(facts.isEmpty(), facts.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "通过门户网站公开政府信息1,234条。|channel.website.posts|1234|false|条",
        "全年通过政府网站发布各类信息约5600条。|channel.website.posts|5600|true|条",
        "“汉阳知音”微信公众号发布信息2000余篇。|channel.wechat.posts|2000|true|篇",
        "政务微博共发布博文逾1.2万条。|channel.weibo.posts|12000|true|条",
        "“知音汉阳”APP推送信息900条。|channel.app.posts|900|false|条",
        "全年编印《郴州市人民政府公报》十二期。|channel.gazette.issues|12|false|期",
        "区政府网站总访问量达120万次。|website.visits|1200000|false|次",
        "全年共受理政府信息公开申请56件。|applications.received|56|false|件",
        "2020年共收到政府信息公开申请66件,全部按时答复66件。|applications.answered|66|false|件",
        "主动公开政府信息超过3000条。|proactive.items|3000|true|条",
        "全年政府采购项目共计35个,采购金额251000元。|procurement.amountWanYuan|25.1|false|万元",
        "12345热线共受理群众来电8000余件。|hotline.calls|8000|true|件",
        "今年来,区政府办公室对外主动公开信息总计130条。|proactive.items|130|false|条",
        "共收到依申请公开7件,答复7件。|applications.answered|7|false|件",
        "全年收到依申请公开事项0件。|applications.received|0|false|件",
        "我区共接收群众申请公开4件。|applications.received|4|false|件",
        "市政府办公厅代表市政府共受理政府信息公开申请859件。|applications.received|859|false|件",
        "全区累计处理政府信息依申请公开92件,其中,本年度新接收91件。|applications.received|91|false|件",
        "制作、获取政府信息总数3978条,其中主动公开政府信息2026条。|proactive.items|2026|false|条",
        "公文信息主动公开数为1249条。|proactive.docItems|1249|false|条",
        "本区共收到政府信息公开申请860件,同意公开或部分公开313件。|applications.grantedOrPartial|313|false|件",
        "因政府信息公开工作被提起行政诉讼2件。|litigation.cases|2|false|件",
        "汉阳区有58起因政府信息公开工作被提起行政复议。|reconsideration.cases|58|false|起"})
    void readsTheCommonPhrasings(String text, String key, String value, boolean approximate, String unit)
            throws Exception {
        List<Fact> facts = extractor.extract(text(text), null);
        Fact fact = find(facts, new FactKey(ReportTable.NARRATIVE, "", key, ""));
        assertNotNull(fact, key + " not read from " + text + ": " + facts);
        assertEquals(0, fact.value().compareTo(new BigDecimal(value)), fact.toString());
        assertEquals(approximate, fact.approximate(), fact.toString());
        assertEquals(unit, fact.unit());
    }

    @Test
    void aNumberOfSeveralChannelsIsNoSingleChannels() throws Exception {
        List<Fact> facts = extractor.extract(text("全年通过政务网以及管委会公众号主动公开各类信息共132条。"), null);
        assertTrue(facts.stream().noneMatch(f -> f.row().startsWith("channel.")), facts.toString());
        Fact items = find(facts, new FactKey(ReportTable.NARRATIVE, "", "proactive.items", ""));
        assertNotNull(items, facts.toString());
        assertEquals(0, items.value().compareTo(BigDecimal.valueOf(132)));
    }

    @Test
    void theApproximateMarkerIsKeptAsWritten() throws Exception {
        Fact fact = extractor.extract(text("政务微博发布信息近18000条。"), null).get(0);
        assertEquals("近", fact.qualifier());
        assertTrue(fact.approximate());
        Fact more = extractor.extract(text("全年通过政府网站公开政府信息数13000余条。"), null).get(0);
        assertEquals("余", more.qualifier());
    }

    @Test
    void theSameValueStatedTwiceIsKeptOnce() throws Exception {
        NarrativeExtractor.Result result = extractor.read(text("通过政务微博发布信息8300条。\n通过政务微博发布信息8300条。"),
                null);
        assertEquals(1, result.facts().size());
        assertTrue(result.notes().isEmpty());
    }

    @Test
    void applicationsOfAnotherKindAreNotDisclosureApplications() throws Exception {
        NarrativeExtractor.Result result = extractor.read(text("一、概述\n推进政府信息公开工作。区县已入驻审批服务部门和单位13个，"
                + "开设窗口26个，共受理申请121510件。"), null);
        assertTrue(result.facts().stream().noneMatch(f -> f.row().equals("applications.received")), result.facts().toString());
    }

    @Test
    void aRunningTotalOnAChannelIsNotThisYearsPosts() throws Exception {
        NarrativeExtractor.Result result = extractor.read(text("实验区政府门户网站累计主动公开政府信息7700余条。"), null);
        assertTrue(result.facts().stream().noneMatch(f -> f.row().startsWith("channel.")), result.facts().toString());
    }

    @Test
    void aCategoryOfDisclosedInformationIsNotTheTotal() throws Exception {
        NarrativeExtractor.Result result = extractor.read(text("全年共公布政府信息2602条(其中机构职能类信息82条，"
                + "其他应主动公开政府信息1053条)。"), null);
        assertTrue(result.facts().stream().noneMatch(f -> f.value().intValue() == 1053), result.facts().toString());
    }

    @Test
    void aKeyStatedWithTwoValuesIsLeftOutAndNoted() throws Exception {
        NarrativeExtractor.Result result = extractor.read(text("通过政务微博发布信息8300条。\n通过政务微博发布信息9000条。"),
                null);
        assertEquals(List.of(), result.facts());
        assertEquals(1, result.notes().size());
        assertEquals("narrativeConflict", result.notes().get(0).code());
        assertTrue(result.notes().get(0).message().contains("8300") && result.notes().get(0).message().contains("9000"));
    }

    @Test
    void aNumberOfAnotherYearIsNotThisReportsNumber() throws Exception {
        ReportIdentity year2020 = new ReportIdentity("", "", false, null, "", 2020, Template.V2019, "");
        assertTrue(extractor.extract(text("2019年,通过政务微博发布信息8300条。"), year2020).isEmpty());
        assertEquals(1, extractor.extract(text("2020年,通过政务微博发布信息8300条。"), year2020).size());
    }

    @Test
    void aSentenceBrokenOverLinesIsReadWholeAndQuotedWhereTheNumberStands() throws Exception {
        ReportDocument document = text("(一)主动公开情况。2024 年,市政府网站主动公开各类政\n府信息 5500 余条,全年新增规章1件。");
        Fact fact = extractor.extract(document, null).get(0);
        assertEquals("channel.website.posts", fact.row());
        assertEquals(2, fact.source().line());
        assertEquals("府信息 5500 余条", fact.quote());
    }

    @Test
    void aLitigationTotalIsNotKeptWhenItsSplitIsGiven() throws Exception {
        List<Fact> facts = extractor.extract(text("区政府作为被告的政府信息公开行政诉讼案件总计3件,其中未经复议直接起诉的3件:"
                + "结果维持1件,未审结2件。\n区政府作为被告的政府信息公开行政诉讼案件总计4件,结果维持4件。"), null);
        Set<String> keys = facts.stream().map(f -> f.key() + "=" + f.value()).collect(Collectors.toSet());
        assertEquals(Set.of("t4[区政府]/litigationDirect/total=3", "t4[区政府]/litigationDirect/upheld=1",
                "t4[区政府]/litigationDirect/pending=2", "t4[区政府]/litigation/total=4",
                "t4[区政府]/litigation/upheld=4"), keys);
    }

    @Test
    void aScopeSentenceNamingTooFewRowsIsNotReadAsTable3() throws Exception {
        List<Fact> facts = extractor.extract(text("区政府受理依申请公开101件,予以公开85件。"), null);
        assertTrue(facts.stream().noneMatch(f -> f.table() == ReportTable.T3), facts.toString());
    }

    private static void addCells(JsonObject byScope, ReportTable table, Set<String> into) {
        for (Map.Entry<String, JsonElement> scope : byScope.entrySet()) {
            for (Map.Entry<String, JsonElement> row : scope.getValue().getAsJsonObject().entrySet()) {
                for (Map.Entry<String, JsonElement> column : row.getValue().getAsJsonObject().entrySet()) {
                    FactKey key = new FactKey(table, scope.getKey(), row.getKey(), column.getKey());
                    into.add(key + "=" + column.getValue().getAsBigDecimal().toPlainString());
                }
            }
        }
    }

    /** The quote holds the number in digits (separators and spaces aside) or as a Chinese numeral. */
    private static boolean quotesValue(String quote, BigDecimal value) {
        String digits = quote.replace(",", "").replace(" ", "");
        if (digits.contains(value.toPlainString())) {
            return true;
        }
        Matcher m = CHINESE_NUMERAL.matcher(quote);
        while (m.find()) {
            if (ChineseNumbers.parse(m.group()).map(v -> v.compareTo(value) == 0).orElse(false)) {
                return true;
            }
        }
        Matcher wan = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([万亿])").matcher(digits);
        while (wan.find()) {
            if (ChineseNumbers.parse(wan.group(1) + wan.group(2)).map(v -> v.compareTo(value) == 0).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs that start where the fact says it stands (in HTML several may share a line). */
    private static List<String> paragraphsAt(ReportDocument document, Fact fact) {
        List<String> found = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p && p.source().equals(fact.source())) {
                found.add(p.text());
            }
        }
        assertFalse(found.isEmpty(), fact.key() + ": no paragraph at " + fact.source());
        return found;
    }

    private static Fact find(List<Fact> facts, FactKey key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    private List<Fact> facts(Path report) throws Exception {
        ReportDocument document = read(report);
        return extractor.extract(document, identities.extract(document));
    }

    private static JsonObject expected(Path seed) throws IOException {
        String slug = seed.getFileName().toString().replace(".txt", "");
        return JsonParser.parseString(Files.readString(SEED_EXPECTED.resolve(slug + ".json"))).getAsJsonObject();
    }

    private static ReportDocument read(Path path) throws Exception {
        return new TextReportReader().read(path.getFileName().toString(), Files.readAllBytes(path));
    }

    private static ReportDocument readAny(Path path) throws Exception {
        return ReportFormat.of(path).orElseThrow().reader().read(path.getFileName().toString(), Files.readAllBytes(path));
    }

    private static ReportDocument text(String text) throws Exception {
        return new TextReportReader().read("test.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theKeysAreTheDesignsKeysPlusTheTwoAdded() {
        List<String> design = List.of("applications.received", "applications.answered",
                "applications.grantedOrPartial", "proactive.items", "proactive.docItems", "channel.website.posts",
                "channel.weibo.posts", "channel.wechat.posts", "channel.app.posts", "channel.gazette.issues",
                "website.visits", "hotline.calls", "procurement.projects", "procurement.amountWanYuan");
        Set<String> added = new TreeSet<>(NarrativePatterns.keys());
        design.forEach(added::remove);
        assertEquals(Set.of("reconsideration.cases", "litigation.cases"), added);
        assertTrue(NarrativePatterns.keys().containsAll(design));
    }
}
