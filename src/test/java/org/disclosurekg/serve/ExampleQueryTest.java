package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExampleQueryTest {
    @Test
    void theFirstCommentLineIsTheQuestion() {
        ExampleQuery q = ExampleQuery.parse("01-x.rq", "# 问题？ / The question?\n# more\nSELECT * {}");
        assertEquals("问题？ / The question?", q.title());
        assertFalse(q.federated());
    }

    @Test
    void aFederatedMarkInTheHeaderIsRead() {
        assertTrue(ExampleQuery.parse("x.rq", "# Q\n# federated\nSELECT * {}").federated());
        assertFalse(ExampleQuery.parse("x.rq", "# Q\nSELECT * {}\n# federated").federated(),
                "only the opening comment block counts");
    }

    @Test
    void aQueryWithoutCommentIsNamedByItsFile() {
        assertEquals("x.rq", ExampleQuery.parse("x.rq", "SELECT * {}").title());
    }

    @Test
    void tabTitlesAreTheChineseQuestionShortened() {
        ExampleQuery q = ExampleQuery.parse("x.rq", "# 各区县每年收到多少政府信息公开申请，其中多少被拒绝？ / How many?\nSELECT * {}");
        assertEquals("各区县每年收到多少政府信息公开申请…", QueryPageServlet.tabTitle(q));
    }
}
