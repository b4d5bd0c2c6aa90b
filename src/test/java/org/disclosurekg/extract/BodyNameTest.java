package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BodyNameTest {
    private final DivisionResolver resolver = DivisionResolver.get();

    private BodyName read(String text) {
        return BodyName.read(text, "title", resolver, 2020);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "平潭综合实验区公安局, 平潭综合实验区, 公安局", "平潭综合实验区管委会办公室, 平潭综合实验区, 管委会办公室",
        "平潭综合实验区管委会, 平潭综合实验区, 管委会", "平潭综合实验区, 平潭综合实验区, ''",
        "苏州工业园区经济发展委员会, 工业园区, 经济发展委员会", "中关村科技园区管理委员会, 中关村科技园区, 管理委员会",
        "雄安新区党工委管委会, 雄安新区, 党工委管委会", "遂宁经开区, 经开区, ''",
        "中国(上海)自由贸易试验区临港新片区管理委员会, 中国(上海)自由贸易试验区, 临港新片区管理委员会"})
    void readsAZoneAndTheBodyOfItTheNameStandsFor(String text, String zone, String unit) {
        BodyName name = read(text);
        assertEquals(BodyName.Kind.ZONE, name.kind(), text);
        assertEquals(zone, name.organ());
        assertEquals(unit, name.unit());
    }

    @Test
    void aZonesCommitteeIsGovernmentLikeButItsDepartmentIsNot() {
        assertTrue(read("平潭综合实验区管委会").isGovernmentLike());
        assertFalse(read("平潭综合实验区财政金融局").isGovernmentLike());
        assertFalse(read("平潭综合实验区管委会办公室").isGovernmentLike());
    }

    @Test
    void aZonesShortWordIsTheReportSpeakingOfItself() {
        assertTrue(BodyName.read("经开区将政府信息公开工作纳入目标任务", BodyName.OPENING_SENTENCE, resolver, 2021)
                .isZoneWord());
        assertTrue(BodyName.read("我区管委会办公室", "compiler", resolver, 2021).isZoneWord());
        assertFalse(read("我局").isZoneWord());
        assertNull(BodyName.read("高新区、经开区分别公开信息", BodyName.OPENING_SENTENCE, resolver, 2021));
    }

    @Test
    void aLocalOfficeOfAVerticallyManagedSystemKeepsItsHead() {
        BodyName name = read("国家税务总局福州市晋安区税务局");
        assertEquals(BodyName.Kind.DEPARTMENT, name.kind());
        assertEquals("国家税务总局", name.head());
        assertEquals("税务局", name.organ());
        assertEquals("晋安区", name.chain().last());
    }

    @Test
    void theCentralHeadAloneIsNoLocalBody() {
        assertNull(read("国家税务总局"));
        assertNull(read("国家税务总局福州市"));
    }

    @Test
    void aBranchOfABureauIsPartOfTheOrgan() {
        BodyName name = read("福州市公安局晋安分局");
        assertEquals("公安局晋安分局", name.organ());
        assertEquals("福州市", name.chain().last());
    }

    @Test
    void aSubDistrictUnderADistrictGovernmentIsAnOfficeOfIt() {
        BodyName name = read("武汉市汉阳区人民政府江堤街道办事处");
        assertEquals(BodyName.Kind.OFFICE, name.kind());
        assertEquals("江堤街道办事处", name.organ());
    }

    @Test
    void anOrganOpeningWithAnUnreadCountyIsNoDepartmentOfTheProvince() {
        assertNull(read("福建省海坛县地方税务局"));
        assertEquals(BodyName.Kind.DEPARTMENT, read("福建省社区矫正管理局").kind());
    }

    @Test
    void anAdministrativeOfficeOfAPrefectureIsItsGovernment() {
        assertEquals(BodyName.Kind.GOVERNMENT, read("阿拉善盟行政公署").kind());
    }

    @Test
    void aCustomsOfficeIsAnOrgan() {
        BodyName name = read("福州海关");
        assertEquals(BodyName.Kind.DEPARTMENT, name.kind());
        assertEquals("海关", name.organ());
    }
}
