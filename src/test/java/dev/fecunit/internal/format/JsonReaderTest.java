package dev.fecunit.internal.format;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

class JsonReaderTest {

    @Test
    void readsEveryKindOfValue() throws Exception {
        Object value = JsonReader.parse(" {\"a\": [1, -2.5e3, true, false, null], \"s\": \"x\\\"\\u00e9\\n\", \"o\": {}} ");

        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(map.get("a")).asInstanceOf(LIST).startsWith(1.0, -2500.0, true, false, null);
        assertThat(map.get("s")).isEqualTo("x\"é\n");
        assertThat(map.get("o")).isEqualTo(Map.of());
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        JsonReader.SyntaxError e = catchThrowableOfType(JsonReader.SyntaxError.class,
                () -> JsonReader.parse("{\n  \"a\": 01\n}"));

        assertThat(e).hasMessage("expected ',' or '}'");
        assertThat(e.line).isEqualTo(2);
        assertThat(e.column).isEqualTo(9);
    }

    @Test
    void duplicateMembersAndTrailingTextAreRejected() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": 1, \"a\": 2}"))
                .isInstanceOf(JsonReader.SyntaxError.class).hasMessage("member \"a\" appears twice");
        assertThatThrownBy(() -> JsonReader.parse("{} x"))
                .isInstanceOf(JsonReader.SyntaxError.class).hasMessage("unexpected text after the end of the document");
        assertThatThrownBy(() -> JsonReader.parse("\"abc"))
                .isInstanceOf(JsonReader.SyntaxError.class).hasMessage("unterminated string");
    }
}
