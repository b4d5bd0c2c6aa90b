package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads table 三 from its numbers alone, in template order, for text that kept every number in row order
 * but moved labels away from their rows (PDF text extracted column by column puts （一）予以公开 after the
 * numbers of several rows). Taken only when the numbers are exactly seven per template row and every row
 * and column identity of the template holds: then there is one reading, and it is this one.
 */
final class Table3InOrder {
    /** A list number such as the 1. of 1.属于国家秘密, which is not a cell. */
    private static final Pattern LIST_NUMBER = Pattern.compile("\\s*[.、．]\\s*[\\u4e00-\\u9fff]");

    private Table3InOrder() {
    }

    /** The rows read in order, each with the tokens it came from; empty when the numbers do not fit. */
    static Map<String, List<Token>> read(Flow flow, int from, int to, boolean split) {
        List<String> keys = Table3Rows.rows(split).stream().map(RowSpec::key).toList();
        List<Token> numbers = new ArrayList<>();
        for (Token t : flow.tokens(from, to, Flow.digits())) {
            if (t.isNumber() && !LIST_NUMBER.matcher(flow.text()).region(t.end(), flow.length()).lookingAt()) {
                numbers.add(t);
            }
        }
        int width = Table3Rows.COLUMNS.size();
        if (numbers.size() != keys.size() * width) {
            return Map.of();
        }
        Map<String, List<Token>> rows = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> values = new LinkedHashMap<>();
        for (int r = 0; r < keys.size(); r++) {
            List<Token> cells = numbers.subList(r * width, (r + 1) * width);
            rows.put(keys.get(r), List.copyOf(cells));
            values.put(keys.get(r), cells.stream().map(t -> new BigDecimal(t.text())).toList());
        }
        return TableIdentities.table3(values).stream().allMatch(Balance::holds) ? rows : Map.of();
    }
}
