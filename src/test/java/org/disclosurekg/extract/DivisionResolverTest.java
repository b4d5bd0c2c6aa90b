package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionResolverTest {
    private final DivisionResolver resolver = DivisionResolver.get();

    @ParameterizedTest(name = "{0} in {1} = {2}")
    @CsvSource({
        "恩施州人民政府, 2020, 422800", "湖北省恩施州, 2020, 422800", "内蒙古自治区, 2020, 150000", "内蒙古, 2020, 150000",
        "长阳县, 2020, 420528", "武汉汉阳区, 2020, 420105", "沈阳市和平区, 2020, 210102", "天津市和平区, 2020, 120101",
        "襄樊市, 2009, 420600", "襄阳市, 2012, 420600", "闸北区, 2014, 310108", "上海市虹口区, 2019, 310109"})
    void readsShortAndPastNamesInTheirChain(String text, int year, String code) {
        DivisionResolver.Chain chain = resolver.chainAt(text, 0, year);
        List<Division> found = resolver.resolve(chain, Map::of);
        assertEquals(1, found.size(), text + ": " + found);
        assertEquals(code, found.get(0).code());
    }

    @Test
    void aNameNoLongerInUseIsNotReadForALaterYear() {
        assertTrue(resolver.chainAt("闸北区", 0, 2020).isEmpty());
        assertTrue(resolver.chainAt("襄樊市", 0, 2015).isEmpty());
    }

    @Test
    void aSharedNameStaysUndecidedWithoutItsCity() {
        DivisionResolver.Chain chain = resolver.chainAt("和平区", 0, 2020);
        assertEquals(2, resolver.resolve(chain, Map::of).size());
    }

    @Test
    void aSharedNameIsDecidedByTheCityTheTextNames() {
        DivisionResolver.Chain chain = resolver.chainAt("和平区", 0, 2020);
        Map<String, Integer> mentions = resolver.mentions("根据沈阳市政务公开工作要点,和平区……", 2020);
        List<Division> found = resolver.resolve(chain, () -> mentions);
        assertEquals(List.of("210102"), found.stream().map(Division::code).toList());
    }

    @Test
    void aListOfBareDistrictNamesTellsTheirCity() {
        Map<String, Integer> mentions = resolver.mentions("卫生、审计等部门和卢湾、宝山、嘉定、松江等区县", 2009);
        assertTrue(mentions.getOrDefault("310000", 0) >= 3, mentions.toString());
    }

    @Test
    void aliasesAreTheUsualShortForms() {
        Division enshi = resolver.byCode("422800", 2020);
        assertEquals(List.of("恩施州", "恩施", "恩施自治州"), DivisionNames.aliases(enshi));
        assertEquals(List.of("湖北"), DivisionNames.aliases(resolver.byCode("420000", 2020)));
        assertEquals(List.of("武汉"), DivisionNames.aliases(resolver.byCode("420100", 2020)));
        assertEquals(List.of(), DivisionNames.aliases(resolver.byCode("420105", 2020)));
        assertEquals(List.of("镇宁县", "镇宁自治县"), DivisionNames.aliases(resolver.byCode("520423", 2020)));
    }

    @Test
    void aChainEndsBeforeANameThatLiesInNoneOfTheDivisionsBeforeIt() {
        DivisionResolver.Chain chain = resolver.chainAt("武侯区玉林街道办事处", 0, 2021);
        assertEquals(List.of("武侯区"), chain.names());
        assertEquals(3, chain.end());
    }
}
