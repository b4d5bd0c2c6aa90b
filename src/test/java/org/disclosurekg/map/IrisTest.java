package org.disclosurekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.disclosurekg.extract.ReportIdentity;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.extract.Template;
import org.junit.jupiter.api.Test;

class IrisTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    private static ReportIdentity identity(String body, boolean government, String code, Integer year) {
        return new ReportIdentity("", body, government, code, "", year, Template.V2021, "");
    }

    @Test
    void reportIrisFollowTheDesignedPaths() {
        String base = Iris.DEFAULT_BASE + "id/report/";
        assertEquals(base + "420105/2020", IRIS.report(identity("武汉市汉阳区人民政府", true, "420105", 2020)));
        assertEquals(base + "420105/2020/" + Iris.slug("b", "汉阳区教育局"),
                IRIS.report(identity("汉阳区教育局", false, "420105", 2020)));
        assertEquals(base + "x/" + Iris.slug("b", "平潭综合实验区管委会") + "/2011",
                IRIS.report(identity("平潭综合实验区管委会", false, null, 2011)));
        assertEquals(base + "420105/unknown", IRIS.report(identity("武汉市汉阳区人民政府", true, "420105", null)));
        assertEquals(base + "x/unknown/unknown", IRIS.report(identity("", false, "", null)));
    }

    @Test
    void bodyIrisAreKeyedByDivisionCode() {
        String base = Iris.DEFAULT_BASE + "id/body/";
        assertEquals(base + "420105", IRIS.body(identity("武汉市汉阳区人民政府", true, "420105", 2020)));
        assertEquals(base + "420105/" + Iris.slug("b", "汉阳区教育局"), IRIS.body(identity("汉阳区教育局", false, "420105", 2020)));
        assertEquals(base + "x/" + Iris.slug("b", "某开发区管委会"), IRIS.body(identity("某开发区管委会", true, null, 2020)));
    }

    @Test
    void slugIsShortAsciiAndStable() {
        String slug = Iris.slug("b", "武汉市汉阳区人民政府");
        assertTrue(slug.matches("b[0-9a-f]{8}"), slug);
        assertEquals(slug, Iris.slug("b", "武汉市汉阳区人民政府"));
        assertNotEquals(slug, Iris.slug("b", "武汉市武昌区人民政府"));
    }

    @Test
    void plainKeysStayAndAnythingElseIsHashed() {
        assertEquals("denied.stateSecret", Iris.segment("denied.stateSecret", "k"));
        assertEquals(Iris.slug("k", "予以公开"), Iris.segment("予以公开", "k"));
        assertEquals(Iris.slug("k", "a b"), Iris.segment("a b", "k"));
    }

    @Test
    void baseGetsItsTrailingSlash() {
        assertEquals("http://localhost:3030/id/division/420105", new Iris("http://localhost:3030").division("420105"));
        assertEquals("http://localhost:3030/id/division/420105", new Iris("http://localhost:3030/").division("420105"));
    }

    @Test
    void everyMintedIriParsesAndIsAscii() {
        long seed = 20240601L;
        Random random = new Random(seed);
        for (String iri : minted(random, 300)) {
            IRIx parsed = IRIx.create(iri);
            assertTrue(parsed.isAbsolute(), "seed " + seed + ": " + iri);
            assertTrue(iri.chars().allMatch(c -> c > 32 && c < 127), "seed " + seed + ": not ASCII: " + iri);
        }
    }

    @Test
    void mintingIsDeterministic() {
        assertEquals(minted(new Random(7), 50), minted(new Random(7), 50));
    }

    @Test
    void everyIriInMappedGraphsParses() {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        for (var facts : List.of(SampleReports.hanyang2020(), SampleReports.pingtan2011(), SampleReports.wuchangScopes())) {
            Model model = new ReportMapper(iris).map(facts, SampleReports.hanyangFindings(), iris.report(facts.identity()));
            model.listStatements().forEach(s -> {
                IRIx.create(s.getSubject().getURI());
                IRIx.create(s.getPredicate().getURI());
                RDFNode o = s.getObject();
                if (o.isURIResource()) {
                    IRIx.create(o.asResource().getURI());
                }
            });
        }
    }

    /** IRIs of every kind, from random Chinese names, scopes and keys. */
    private static List<String> minted(Random random, int n) {
        List<String> iris = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = random.nextBoolean() ? String.format("%06d", random.nextInt(1_000_000)) : null;
            Integer year = random.nextInt(5) == 0 ? null : 2008 + random.nextInt(20);
            ReportIdentity id = identity(chinese(random), random.nextBoolean(), code, year);
            String report = IRIS.report(id);
            String scope = random.nextBoolean() ? "" : chinese(random);
            String key = random.nextBoolean() ? "denied.stateSecret" : chinese(random);
            ReportTable table = ReportTable.values()[random.nextInt(ReportTable.values().length)];
            iris.addAll(List.of(report, IRIS.body(id), IRIS.observation(report, table, scope, key, "natural"),
                    IRIS.observation(report, table, scope, key, ""), IRIS.scope(report, scope.isEmpty() ? "x" : scope),
                    IRIS.check(report, "rowSum", scope, key), IRIS.note(report, i + 1),
                    IRIS.division(code == null ? "420105" : code), IRIS.dataset("applications"),
                    IRIS.structure("applications"), IRIS.component("applications", "refArea")));
        }
        return iris;
    }

    /** A random name of CJK characters, with now and then a space, a slash or a full-width bracket. */
    private static String chinese(Random random) {
        StringBuilder s = new StringBuilder();
        int length = 2 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(20);
            s.append(pick == 0 ? ' ' : pick == 1 ? '/' : pick == 2 ? '（' : (char) (0x4E00 + random.nextInt(0x5000)));
        }
        return s.toString();
    }
}
