package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupQuotesAndAmpersands() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
                Html.esc("<script>alert(\"x\" & 'y')</script>"));
    }

    @Test
    void leavesChineseAndPlainTextAlone() {
        assertEquals("武汉市汉阳区 2020年", Html.esc("武汉市汉阳区 2020年"));
        assertEquals("", Html.esc(null));
    }

    @Test
    void linksEscapeBothAddressAndText() {
        String a = Html.link("/x?a=1&b=\"2\"", "<b>");
        assertEquals("<a href=\"/x?a=1&amp;b=&quot;2&quot;\">&lt;b&gt;</a>", a);
    }

    @Test
    void aPageIsUtf8HtmlWithTheTitleEscaped() {
        String page = Html.page("<标题>", "T", "/", "", "<p>body</p>");
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<meta charset=\"utf-8\">"));
        assertTrue(page.contains("&lt;标题&gt;"));
        assertFalse(page.contains("<标题>"));
        assertTrue(page.contains("class=\"active\""), "the current navigation entry is marked");
    }
}
