package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.read.ReportFormat;
import org.disclosurekg.read.ReportReadException;
import org.disclosurekg.read.TextReportReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityExtractorTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Path SEED_EXPECTED = Path.of("src/test/resources/expected/seeds");
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    /** The division of each body the corpus MANIFEST names, as verified by hand (null: no code). */
    private static final Map<String, String> CORPUS_DIVISIONS = Map.ofEntries(
            Map.entry("平潭综合实验区管委会", ""), Map.entry("平潭综合实验区管委会办公室", ""), Map.entry("平潭县人民政府", "350128"),
            Map.entry("上海市人民政府办公厅", "310000"), Map.entry("上海市人民政府", "310000"),
            Map.entry("上海市人民政府参事室", "310000"), Map.entry("淮安市人民政府", "320800"),
            Map.entry("泰州市人民政府", "321200"), Map.entry("福州市人民政府", "350100"),
            Map.entry("福州市人民政府外事办公室", "350100"), Map.entry("乌海市工业和信息化局", "150300"),
            Map.entry("乐山市人民政府法制办公室", "511100"), Map.entry("湖南省人民政府参事室", "430000"),
            Map.entry("四川省发展和改革委员会", "510000"), Map.entry("平阳县水头镇人民政府", "330326"),
            Map.entry("海盐县核电事故场外应急办公室", "330424"));
    private static final List<String> TABLE = new ArrayList<>();
    private static int fields;
    private static int misses;

    private final IdentityExtractor extractor = new IdentityExtractor();

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    static Stream<String[]> manifest() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void identifiesEachSeedAsItsExpectationSays(Path seed) throws Exception {
        String slug = seed.getFileName().toString().replace(".txt", "");
        JsonObject expected = JsonParser.parseString(Files.readString(SEED_EXPECTED.resolve(slug + ".json")))
                .getAsJsonObject();
        ReportIdentity id = extractor.extract(read(seed));
        List<String> wrong = new ArrayList<>();
        check(slug, "year", expected.get("year").getAsInt(), id.year(), wrong);
        check(slug, "template", expected.get("template").getAsString(), id.template().key(), wrong);
        check(slug, "body", expected.get("body").getAsString(), id.body(), wrong);
        check(slug, "division", expected.get("division").getAsString(), id.divisionCode(), wrong);
        assertTrue(id.bodyIsGovernment(), slug + ": each seed is a district government's report");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void identifiesEachCorpusReportAsTheManifestSays(String file, String body, String level, String year,
            String template) throws Exception {
        Path path = CORPUS.resolve(file);
        ReportDocument document = readCorpusFile(path);
        ReportIdentity id = extractor.extract(document);
        List<String> wrong = new ArrayList<>();
        check(file, "year", Integer.valueOf(year), id.year(), wrong);
        check(file, "template", template, id.template().key(), wrong);
        Set<String> bodies = acceptedBodies(file, body);
        check(file, "body", String.join(" or ", bodies), bodies.contains(id.body()) ? String.join(" or ", bodies)
                : id.body(), wrong);
        String division = CORPUS_DIVISIONS.get(mainName(body));
        if (division != null) {
            check(file, "division", division.isEmpty() ? null : division, id.divisionCode(), wrong);
        }
        if (id.divisionCode() == null) {
            assertFalse(id.divisionNote().isBlank(), file + ": a report without a division code says why");
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @AfterAll
    static void printTheTableOfMisses() {
        System.out.println("Identity fields checked: " + fields + ", missed: " + misses);
        System.out.println(String.format("%-46s | %-8s | %-28s | %s", "file", "field", "expected", "got"));
        TABLE.forEach(System.out::println);
    }

    @Test
    void aSharedDistrictNameIsDecidedByTheCityTheReportNames() throws Exception {
        ReportIdentity id = extractor.extract(text("朝阳区2020年政府信息公开工作年度报告\n"
                + "根据《北京市政府信息公开规定》要求,现将本年度报告公布如下。\n2020年,朝阳区坚持以公开为常态。"));
        assertEquals("110105", id.divisionCode());
        assertEquals("北京市朝阳区人民政府", id.body());
        assertTrue(id.bodyIsGovernment());
    }

    @Test
    void aSharedDistrictNameWithoutItsCityGetsNoCode() throws Exception {
        IdentityExtractor.Result result = extractor.identify(text("朝阳区2020年政府信息公开工作年度报告\n"
                + "2020年,朝阳区坚持以公开为常态、不公开为例外。"));
        assertNull(result.identity().divisionCode());
        assertTrue(result.identity().divisionNote().contains("110105")
                && result.identity().divisionNote().contains("220104"), result.identity().divisionNote());
        assertTrue(result.notes().stream().anyMatch(n -> n.code().equals("ambiguousDivision")));
        assertEquals("朝阳区人民政府", result.identity().body());
    }

    @Test
    void aFullChainOfNamesDecidesASharedName() throws Exception {
        ReportIdentity id = extractor.extract(text("沈阳市和平区2020年政府信息公开工作年度报告\n2020年,和平区坚持。"));
        assertEquals("210102", id.divisionCode());
        assertEquals("沈阳市和平区人民政府", id.body());
    }

    @Test
    void aDepartmentBelongsToItsDivision() throws Exception {
        ReportIdentity id = extractor.extract(text("区教育局2020年政府信息公开工作年度报告\n"
                + "2020年,我局在武昌区委、武昌区人民政府的领导下,认真落实武昌区政务公开工作要点。"));
        assertEquals("420106", id.divisionCode());
        assertEquals("武汉市武昌区教育局", id.body());
        assertFalse(id.bodyIsGovernment());
    }

    @Test
    void aCityBureauNamedInFullKeepsItsName() throws Exception {
        ReportIdentity id = extractor.extract(text("2021年郴州市工业和信息化局政府信息公开工作年度报告\n一、总体情况"));
        assertEquals("431000", id.divisionCode());
        assertEquals("郴州市工业和信息化局", id.body());
        assertFalse(id.bodyIsGovernment());
        assertEquals(Template.V2021, id.template());
    }

    @Test
    void aDevelopmentZoneHasNoDivisionCode() throws Exception {
        ReportIdentity id = extractor.extract(text("武汉东湖新技术开发区2021年政府信息公开工作年度报告\n"
                + "2021年,东湖高新区坚持以公开为常态。"));
        assertNull(id.divisionCode());
        assertEquals("武汉东湖新技术开发区管理委员会", id.body());
        assertTrue(id.divisionNote().contains("not an administrative division"), id.divisionNote());
        assertTrue(id.divisionNote().contains("420100"), id.divisionNote());
        assertFalse(id.bodyIsGovernment());
    }

    @Test
    void aZoneTheStatisticsBureauListsGetsItsStatisticalCodeInTheNoteOnly() throws Exception {
        ReportIdentity id = extractor.extract(text("秦皇岛经济技术开发区2020年政府信息公开工作年度报告\n正文"));
        assertNull(id.divisionCode());
        assertTrue(id.divisionNote().contains("130371") && id.divisionNote().contains("130300"), id.divisionNote());
    }

    @Test
    void aPublicationDateIsNeverTheYear() throws Exception {
        ReportIdentity id = extractor.extract(text("北湖区政府信息公开工作年度报告\n发布时间:2019-03-19 16:07\n"
                + "2018年,在区委、区政府正确领导下,全区认真贯彻《2019年政务公开工作要点》(郴政发〔2019〕22号)。\n"
                + "2018年,全区主动公开政务信息11908条。\n北湖区政务公开领导小组办公室\n2019313"));
        assertEquals(2018, id.year());
        assertEquals(Template.PRE2019, id.template());
        assertEquals("郴州市北湖区人民政府", id.body());
    }

    @Test
    void theStatisticsPeriodBeatsTheYearsTheTextNames() throws Exception {
        ReportIdentity id = extractor.extract(text("本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。\n"
                + "2021年,我区将继续推进。2021年重点做好三项工作。2021年底前完成。"));
        assertEquals(2020, id.year());
    }

    @Test
    void aTitleYearBeatsTheDateOfSigning() throws Exception {
        ReportIdentity id = extractor.extract(text("汉阳区2020年度政府信息公开工作年度报告\n"
                + "2021年1月20日,2021年工作计划,2021年。"));
        assertEquals(2020, id.year());
    }

    @Test
    void theTablesWordsBeatTheYearForTheTemplate() throws Exception {
        IdentityExtractor.Result result = extractor.identify(text("汉阳区2020年度政府信息公开工作年度报告\n"
                + "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n正文。"));
        assertEquals(Template.V2021, result.identity().template());
        assertTrue(result.notes().stream().anyMatch(n -> n.code().equals("templateFromText")));
    }

    @Test
    void theSourceAddressOfACrawlerDumpIsKept() throws Exception {
        ReportIdentity id = extractor.extract(text("标题: 福州市2016年政府信息公开工作年度报告\n"
                + "原文链接: https://www.fuzhou.gov.cn/a/b.htm\n正文"));
        assertEquals("https://www.fuzhou.gov.cn/a/b.htm", id.sourceUrl());
        assertEquals("福州市人民政府", id.body());
        assertEquals(2016, id.year());
    }

    @Test
    void aGovernmentsOfficeCompilingTheReportStandsForTheGovernment() throws Exception {
        ReportIdentity id = extractor.extract(text("本报告由南平市人民政府信息公开工作领导小组办公室根据《条例》要求编制而成。"
                + "本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。\n一、概述"));
        assertEquals("南平市人民政府", id.body());
        assertEquals("350700", id.divisionCode());
        assertEquals(2012, id.year());
    }

    @Test
    void aFirstSentenceThatOpensWithTheReportsNameNamesTheBody() throws Exception {
        ReportIdentity id = extractor.extract(text("荆州市荆州区人民政府办公室2021年政府信息公开工作年度报告(以下简称年报)"
                + "是根据《条例》编制。\n一、总体情况"));
        assertEquals("荆州市荆州区人民政府办公室", id.body());
        assertEquals("421003", id.divisionCode());
        assertFalse(id.bodyIsGovernment());
        assertEquals(2021, id.year());
    }

    @Test
    void theOfficeToContactNamesTheGovernmentWhenNothingElseDoes() throws Exception {
        ReportIdentity id = extractor.extract(text("报告中所列数据的统计期限为2021年1月1日至2021年12月31日。"
                + "如对本报告有任何疑问,请与二七区人民政府办公室联系。\n一、概述"));
        assertEquals("郑州市二七区人民政府", id.body());
        assertEquals("410103", id.divisionCode());
    }

    @Test
    void aTownshipNamedAloneTakesItsCountyFromTheText() throws Exception {
        ReportIdentity id = extractor.extract(text("根据《条例》,特向社会公布2019年度青龙镇政府(机关)信息公开年度报告。"
                + "如对本报告有任何疑问,请与青龙镇政府信息公开领导小组办公室联系。(地址:建水县青龙镇人民政府)\n一、总体情况"));
        assertEquals("532524", id.divisionCode());
        assertEquals("建水县青龙镇人民政府", id.body());
        assertFalse(id.bodyIsGovernment());
        assertEquals(2019, id.year());
    }

    @Test
    void anAutonomousCountyMayBeCalledByItsShortName() throws Exception {
        ReportIdentity id = extractor.extract(text("镇宁自治县政府2019年信息公开工作年度报告\n正文"));
        assertEquals("520423", id.divisionCode());
        assertEquals("镇宁布依族苗族自治县人民政府", id.body());
    }

    @Test
    void aColumnNameInABreadcrumbIsNotATitle() throws Exception {
        ReportIdentity id = extractor.extract(text("首页 > 政府信息公开 > 政府信息公开年报\n临汾经济开发区2020年政府信息公开年度报告\n正文"));
        assertEquals("临汾经济开发区2020年政府信息公开年度报告", id.title());
        assertEquals(2020, id.year());
        assertTrue(id.divisionNote().startsWith("临汾经济开发区 is not an administrative division"), id.divisionNote());
    }

    @Test
    void aShortCityNameInsideAnotherNameIsNotTheCitysGovernment() throws Exception {
        IdentityExtractor.Result result = extractor.identify(text("中山大学2020年信息公开工作年度报告\n正文"));
        assertEquals("", result.identity().body());
        assertNull(result.identity().divisionCode());
    }

    @Test
    void aReportThatNamesNoBodyHasAnEmptyBody() throws Exception {
        IdentityExtractor.Result result = extractor.identify(text("一、总体情况\n2020年,我局认真贯彻落实《条例》。"));
        assertEquals("", result.identity().body());
        assertNull(result.identity().divisionCode());
        assertTrue(result.notes().stream().anyMatch(n -> n.code().equals("bodyUnknown")));
    }

    @Test
    void aDepartmentOfAZoneTakesItsNameFromTheCrawlersTitleLineAndGetsNoCode() throws Exception {
        IdentityExtractor.Result result = extractor.identify(text("标题: 平潭综合实验区卫生健康局2020年政府信息公开工作年度报告\n"
                + "发布时间: 2021-01-20 10:00\n发布机构: \n==== 正文 ====\n根据《条例》和省政府的要求,我局编制了本报告。"
                + "2020年,我局在福建省卫生健康委员会的指导下,认真落实福建省政务公开工作要点。"));
        ReportIdentity id = result.identity();
        assertEquals("平潭综合实验区卫生健康局", id.body());
        assertNull(id.divisionCode());
        assertFalse(id.bodyIsGovernment());
        assertTrue(id.divisionNote().startsWith("平潭综合实验区 is not an administrative division"), id.divisionNote());
        assertTrue(id.divisionNote().contains("平潭综合实验区卫生健康局"), id.divisionNote());
    }

    @Test
    void aCrawlersTitleLineWithoutANameDoesNotHideThePrintedTitlesName() throws Exception {
        ReportIdentity id = extractor.extract(text("标题: 2020年政府信息公开工作年度报告\n发布时间: 2021-01-05 09:00\n"
                + "平阳县教育局2020年政府信息公开工作年度报告\n2020年,我局认真落实浙江省要求。"));
        assertEquals("平阳县教育局", id.body());
        assertEquals("330326", id.divisionCode());
        assertEquals(2020, id.year());
    }

    @Test
    void thePrintedTitleIsTrustedBeforeTheCrawlersTitleLine() throws Exception {
        ReportIdentity id = extractor.extract(text("标题: 福州市鼓楼区人民政府2020年政府信息公开工作年度报告\n"
                + "福州市鼓楼区教育局2020年政府信息公开工作年度报告\n2020年,我局认真落实福建省要求。"));
        assertEquals("福州市鼓楼区教育局", id.body());
        assertEquals("350102", id.divisionCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"关于平潭县2013年政府信息公开工作年度报告",
        "《平潭县2013年政府信息公开工作年度报告》", "平潭县人民政府关于2013年政府信息公开工作年度报告"})
    void aTitleOpenedByGuanYuOrQuotedWholeNamesItsBody(String title) throws Exception {
        ReportIdentity id = extractor.extract(text(title + "\n正文。"));
        assertEquals("平潭县人民政府", id.body());
        assertEquals("350128", id.divisionCode());
        assertEquals(title, id.title());
    }

    @Test
    void aTitleYearInChineseDigitsIsTheYear() throws Exception {
        ReportIdentity id = extractor.extract(text("平潭县二〇二〇年政府信息公开工作年度报告\n正文。"));
        assertEquals(2020, id.year());
        assertEquals("平潭县人民政府", id.body());
        assertEquals("平潭县二〇二〇年政府信息公开工作年度报告", id.title());
        assertEquals(2021, extractor.extract(text("平潭县二零二一年度政府信息公开工作年度报告\n正文。")).year());
    }

    @Test
    void theOfficeOfAZonesCommitteeIsTheOfficeNotTheCommittee() throws Exception {
        ReportIdentity id = extractor.extract(text("标题: 平潭综合实验区管委会办公室2020年度政府信息公开工作年度报告\n"
                + "根据《条例》要求,区管委会办公室编制完成本报告。"));
        assertEquals("平潭综合实验区管委会办公室", id.body());
        assertNull(id.divisionCode());
    }

    @Test
    void aZonesReportCompiledByItsCommitteesOfficeIsTheZonesReport() throws Exception {
        ReportIdentity id = extractor.extract(text("标题: 平潭综合实验区2024年度政府信息公开工作年度报告\n"
                + "发布机构: 平潭综合实验区管委会办公室\n本报告由平潭综合实验区管委会办公室编制。"));
        assertEquals("平潭综合实验区管委会", id.body());
    }

    @Test
    void theTitlesNameBeatsAnOtherNameInThePreamble() throws Exception {
        ReportIdentity id = extractor.extract(text("标题: 平潭综合实验区地方税务局2013年信息公开年度报告\n"
                + "根据《条例》,特向社会公布2013年度平潭县地税局信息公开年度报告。\n一、概述"));
        assertEquals("平潭综合实验区地方税务局", id.body());
        assertNull(id.divisionCode());
        assertTrue(id.divisionNote().contains("平潭县地税局") && id.divisionNote().contains("350128"),
                id.divisionNote());
        assertEquals(2013, id.year());
    }

    @Test
    void aReportThatCallsItselfWoJuTakesTheTitlesName() throws Exception {
        ReportIdentity id = extractor.extract(text("平阳县卫生健康局2020年政府信息公开工作年度报告\n"
                + "2020年,我局在县委、县政府的领导下,认真落实浙江省政务公开工作要点。浙江省卫生健康委员会指导。"));
        assertEquals("平阳县卫生健康局", id.body());
        assertEquals("330326", id.divisionCode());
        assertFalse(id.bodyIsGovernment());
    }

    @Test
    void aWoJuReportWithoutANameIsNeverFiledUnderTheProvinceItsSuperiorsNamed() throws Exception {
        IdentityExtractor.Result result = extractor.identify(text("一、总体情况\n2020年,我局按照省政府和福建省交通运输厅"
                + "的要求,落实福建省政务公开工作要点,按照省政府部署推进公开。"));
        assertNull(result.identity().divisionCode(), result.identity().divisionNote());
        assertEquals("", result.identity().body());
    }

    @Test
    void aWoJuReportAnsweringToAZonesCommitteeIsAZoneDepartmentWithoutCode() throws Exception {
        IdentityExtractor.Result result = extractor.identify(text("一、总体情况\n2021年,我局政府信息公开工作在区管委会和"
                + "福建省公安厅的领导下,全区公安信息公开工作有序推进。"));
        ReportIdentity id = result.identity();
        assertNull(id.divisionCode());
        assertEquals("", id.body());
        assertTrue(id.divisionNote().contains("区管委会") && id.divisionNote().contains("department of a zone"),
                id.divisionNote());
    }

    @Test
    void aReportSpeakingOfItselfAsAZoneByItsShortWordGetsNoCode() throws Exception {
        ReportIdentity id = extractor.extract(text("一、总体情况\n(一)主动公开\n2021年,经开区坚持做好依申请公开工作,"
                + "指导全区各部门落实四川省政务公开要求。"));
        assertNull(id.divisionCode());
        assertEquals("", id.body());
        assertTrue(id.divisionNote().contains("经开区") && id.divisionNote().contains("not an administrative division"),
                id.divisionNote());
    }

    @Test
    void theSignatureClosingARunOnParagraphNamesTheBodyBeforeTheSitesMetadata() throws Exception {
        ReportIdentity id = extractor.extract(text("发布机构: 平潭县人民政府\n根据《条例》要求,现编制完成本报告。"
                + "2020年,我局认真贯彻《条例》。六、其他需要报告的事项 无。 平潭综合实验区交通与建设局 2021年1月26日 附件下载"));
        assertEquals("平潭综合实验区交通与建设局", id.body());
        assertNull(id.divisionCode());
        assertEquals(2020, id.year());
    }

    @Test
    void aDateOfPublicationOrSigningInARunOnPageIsNotTheYear() throws Exception {
        ReportIdentity id = extractor.extract(text("当前位置: 首页 来源: 时间:2021-01-28 09:43 根据《条例》要求,现编制完成"
                + "本报告。2020年,我局主动公开信息90条。于2020年5月完成目录编制。 福州市晋安区教育局 2021年1月27日"));
        assertEquals(2020, id.year());
        assertEquals("福州市晋安区教育局", id.body());
        assertEquals("350111", id.divisionCode());
    }

    @Test
    void theDateOfSigningOnItsOwnLineIsNotTheYear() throws Exception {
        ReportIdentity id = extractor.extract(text("一、总体情况\n2021年,我局认真贯彻落实《条例》。\n平潭县教育局\n2022年1月10日"));
        assertEquals(2021, id.year());
        assertEquals("平潭县教育局", id.body());
    }

    @Test
    void aLocalTaxBureauIsFiledUnderTheDivisionItServes() throws Exception {
        IdentityExtractor.Result result = extractor.identify(text("国家税务总局福州市晋安区税务局2021年政府信息公开工作年度报告\n"
                + "2021年,我局认真落实《条例》。"));
        assertEquals("国家税务总局福州市晋安区税务局", result.identity().body());
        assertEquals("350111", result.identity().divisionCode());
        assertTrue(result.notes().stream().anyMatch(n -> n.code().equals("verticalBody")));
    }

    @Test
    void aBranchOfACityBureauIsFiledUnderTheCity() throws Exception {
        IdentityExtractor.Result result = extractor.identify(text("福州市公安局晋安分局2021年政府信息公开工作年度报告\n正文"));
        assertEquals("福州市公安局晋安分局", result.identity().body());
        assertEquals("350100", result.identity().divisionCode());
        assertTrue(result.notes().stream().anyMatch(n -> n.code().equals("branch")));
    }

    @Test
    void aBranchNamedAfterADistrictSaysWhichDistrictItServes() throws Exception {
        IdentityExtractor.Result result = extractor.identify(text("武汉市公安局江岸区分局2020年政府信息公开工作年度报告\n正文"));
        assertEquals("武汉市公安局江岸区分局", result.identity().body());
        assertEquals("420100", result.identity().divisionCode());
        assertTrue(result.notes().stream().anyMatch(n -> n.code().equals("branch") && n.message().contains("420102")),
                result.notes().toString());
    }

    @Test
    void aSubDistrictWhoseNameOpensWithACitysNameStaysInItsDistrict() throws Exception {
        ReportIdentity id = extractor.extract(text("武侯区玉林街道办事处2021年政府信息公开工作年度报告\n正文"));
        assertEquals("成都市武侯区玉林街道办事处", id.body());
        assertEquals("510107", id.divisionCode());
    }

    @Test
    void aDepartmentOfAZoneWithItsCityLiesInTheCityButHasNoCode() throws Exception {
        ReportIdentity id = extractor.extract(text("武汉东湖新技术开发区管委会财政局2021年政府信息公开工作年度报告\n正文"));
        assertEquals("武汉东湖新技术开发区管委会财政局", id.body());
        assertNull(id.divisionCode());
        assertTrue(id.divisionNote().contains("420100"), id.divisionNote());
    }

    @Test
    void aSubDistrictOfficeUnderItsDistrictGovernmentKeepsTheFormTheReportGives() throws Exception {
        ReportIdentity id = extractor.extract(text("武汉市汉阳区人民政府江堤街道办事处2020年政府信息公开工作年度报告\n正文"));
        assertEquals("武汉市汉阳区人民政府江堤街道办事处", id.body());
        assertEquals("420105", id.divisionCode());
        assertFalse(id.bodyIsGovernment());
    }

    @Test
    void aDepartmentOfAnUnreadCountyIsNotFiledUnderItsProvince() throws Exception {
        ReportIdentity id = extractor.extract(text("福建省海坛县地方税务局2013年信息公开年度报告\n2013年,我局认真落实福建省要求。"));
        assertNull(id.divisionCode(), id.divisionNote());
    }

    @Test
    void aZoneDepartmentNamedInTraditionalCharactersIsReadAlike() throws Exception {
        ReportIdentity id = extractor.extract(text("平潭綜合實驗區財政金融局2021年度政府信息公開工作年度報告\n"
                + "根據《中華人民共和國政府信息公開條例》要求,結合我局工作實際,現編制完成了本報告。"));
        assertEquals("平潭综合实验区财政金融局", id.body());
        assertNull(id.divisionCode());
    }

    private static void check(String file, String field, Object expected, Object actual, List<String> wrong) {
        fields++;
        boolean same = expected == null ? actual == null : expected.equals(actual);
        if (!same) {
            misses++;
            String row = String.format("%-46s | %-8s | %-28s | %s", file, field, expected, actual);
            TABLE.add(row);
            wrong.add(row);
        }
    }

    /** The body names that count as right: the MANIFEST's, its bracketed alternative, the expected JSON's. */
    private static Set<String> acceptedBodies(String file, String manifestBody) throws IOException {
        Set<String> names = new TreeSet<>();
        names.add(mainName(manifestBody));
        java.util.regex.Matcher bracket = java.util.regex.Pattern.compile("[(（]([^)）]+)[)）]").matcher(manifestBody);
        if (bracket.find()) {
            names.add(bracket.group(1).strip());
        }
        String base = Path.of(file).getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        Path json = CORPUS.resolve("expected").resolve(base + ".json");
        if (Files.exists(json)) {
            JsonObject expected = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
            names.add(mainName(expected.get("body").getAsString()));
        }
        return names;
    }

    private static String mainName(String body) {
        return body.replaceFirst("\\s*[(（].*$", "").strip();
    }

    private static ReportDocument readCorpusFile(Path path) throws IOException {
        ReportFormat format = ReportFormat.of(path).orElseThrow();
        try {
            return format.reader().read(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (ReportReadException e) {
            throw new AssertionError("every corpus file must be readable: " + path + ": " + e.getMessage(), e);
        }
    }

    private static ReportDocument read(Path path) throws Exception {
        return new TextReportReader().read(path.getFileName().toString(), Files.readAllBytes(path));
    }

    private static ReportDocument text(String text) throws Exception {
        return new TextReportReader().read("test.txt", text.getBytes(StandardCharsets.UTF_8));
    }
}
