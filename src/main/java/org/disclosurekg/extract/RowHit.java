package org.disclosurekg.extract;

/** Where a template row's label was found in a flow, and where its values end. */
record RowHit(RowSpec spec, int labelStart, int labelEnd, int valuesEnd) {
}
