package org.appflowcontracts.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesIntegersBeyondDoublePrecisionExactly() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("minimum", new BigInteger("-9223372036854775808"));
        doc.put("maximum", new BigInteger("9007199254740993"));
        assertThat(JsonText.write(doc))
                .isEqualTo("{\n  \"minimum\": -9223372036854775808,\n  \"maximum\": 9007199254740993\n}\n");
    }

    @Test
    void indentsTwoSpacesKeepsKeyOrderAndEscapes() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("b", List.of("x\"\\\n\u2028", true));
        doc.put("a", Map.of());
        doc.put("c", List.of());
        assertThat(JsonText.write(doc)).isEqualTo(
                "{\n  \"b\": [\n    \"x\\\"\\\\\\n\\u2028\",\n    true\n  ],\n  \"a\": {},\n  \"c\": []\n}\n");
    }
}
