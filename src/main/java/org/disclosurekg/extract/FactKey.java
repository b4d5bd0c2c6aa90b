package org.disclosurekg.extract;

/**
 * What identifies one number within a report: table, scope, row and column, all as the keys of the tidy
 * CSV ({@code scope} and {@code column} are empty when they do not apply).
 */
public record FactKey(ReportTable table, String scope, String row, String column) {
    @Override
    public String toString() {
        return table.key() + (scope.isEmpty() ? "" : "[" + scope + "]") + "/" + row
                + (column.isEmpty() ? "" : "/" + column);
    }
}
