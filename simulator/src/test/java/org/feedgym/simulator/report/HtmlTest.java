package org.feedgym.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void aScriptTagBecomesText() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape("<script>alert(1)</script>"));
    }

    @Test
    void quotesAndAmpersandsCannotEndAnAttribute() {
        assertEquals("&quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#39;q&#39;",
                Html.escape("\"><img src=x onerror=alert(2)> & 'q'"));
    }

    @Test
    void otherTextIsLeftAlone() {
        assertEquals("teen-vulnerable ÷ teen, Δ 0.5 – ok", Html.escape("teen-vulnerable ÷ teen, Δ 0.5 – ok"));
    }

    @Test
    void nullIsTheEmptyString() {
        assertEquals("", Html.escape(null));
    }
}
