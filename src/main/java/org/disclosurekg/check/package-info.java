/**
 * Checks a report's numbers against the accounting identities its own template states (一 + 二 = 七 + 四
 * per column, the applicant columns add up to 总计, the outcome rows add up to 总计, each group of table 四
 * adds up, narrative totals agree with the tables). Every check is kept, passed or failed, as a
 * {@link org.disclosurekg.check.Finding}; a failure never stops a conversion. Depends on extract only.
 */
package org.disclosurekg.check;
