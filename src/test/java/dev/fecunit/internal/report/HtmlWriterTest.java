package dev.fecunit.internal.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlWriterTest {

    @Test
    void escapesTextAndAttributeValues() {
        HtmlWriter html = new HtmlWriter();

        html.element("td", "<script>&\"'", "title", "a\"b<c>");

        assertThat(html.toString())
                .isEqualTo("<td title=\"a&quot;b&lt;c&gt;\">&lt;script&gt;&amp;&quot;&#39;</td>");
    }

    @Test
    void refusesTagNamesThatCouldCarryMarkup() {
        assertThatThrownBy(() -> new HtmlWriter().open("td onclick=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tag or attribute name [td onclick=x] is not a plain lower-case name");
    }
}
