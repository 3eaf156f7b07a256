package dev.fecunit.internal.format;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonReaderTest {

    @Test
    void readsEveryKindOfValue() throws Exception {
        Object value = JsonReader.parse(" {\"a\": [1, -2.5e3, true, false, null], \"s\": \"x\\\"\\u00e9\\n\", \"o\": {}} ");

        Map<?, ?> map = (Map<?, ?>) value;
        assertEquals(List.of(1.0, -2500.0, true, false), ((List<?>) map.get("a")).subList(0, 4));
        assertNull(((List<?>) map.get("a")).get(4));
        assertEquals("x\"é\n", map.get("s"));
        assertEquals(Map.of(), map.get("o"));
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        JsonReader.SyntaxError e = assertThrows(JsonReader.SyntaxError.class, () -> JsonReader.parse("{\n  \"a\": 01\n}"));
        assertEquals("expected ',' or '}'", e.getMessage());
        assertEquals(2, e.line);
        assertEquals(9, e.column);
    }

    @Test
    void duplicateMembersAndTrailingTextAreRejected() {
        assertEquals("member \"a\" appears twice",
                assertThrows(JsonReader.SyntaxError.class, () -> JsonReader.parse("{\"a\": 1, \"a\": 2}")).getMessage());
        assertEquals("unexpected text after the end of the document",
                assertThrows(JsonReader.SyntaxError.class, () -> JsonReader.parse("{} x")).getMessage());
        assertEquals("unterminated string",
                assertThrows(JsonReader.SyntaxError.class, () -> JsonReader.parse("\"abc")).getMessage());
    }
}
