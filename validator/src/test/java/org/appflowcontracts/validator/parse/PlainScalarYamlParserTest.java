package org.appflowcontracts.validator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The plain scalars read as strings at once are those the YAML reader's own resolver reads as strings. */
class PlainScalarYamlParserTest {

    private static final JsonScalarResolver RESOLVER = new JsonScalarResolver();
    private static final String[] TAILS = {"", "1", "0", "rue", "alse", "ull", "inf", "nan", ".5", "e3", "{x}", " x",
        "x"};

    @Test
    void aScalarTakenAsAStringIsOneForTheReadersResolver() {
        int strings = 0;
        for (char first = 0; first < 0x3000; first++) {
            for (String tail : TAILS) {
                String plain = first + tail;
                if (PlainScalarYamlParser.isString(plain)) {
                    strings++;
                    assertThat(RESOLVER.resolve(plain, true)).as("%s", plain).isEqualTo(Tag.STR);
                }
            }
        }
        assertThat(strings).isGreaterThan(0x2F00 * TAILS.length);
    }

    @Test
    void everyFirstCharacterTheResolverTypesIsLeftToIt() {
        for (String typed : List.of("true", "false", "null", "0", "-1", "12", "1.5", "-.inf", ".nan", "${X}", "")) {
            assertThat(RESOLVER.resolve(typed, true)).as(typed).isNotEqualTo(Tag.STR);
            assertThat(PlainScalarYamlParser.isString(typed)).as(typed).isFalse();
        }
    }

    @Test
    void theTreeIsTheOneJacksonsOwnReaderMakes() throws Exception {
        List<String> lines = new ArrayList<>();
        String[] scalars = {"Map", "true", "false", "null", "~", "12", "-3", "1.50", ".5", "1e3", ".x", "-x", "n",
            "${A}", "'x'", "\"12\"", "True", "NULL", "0x1F", "0o17", "+1", "yes", "Off", "x y", "[a, 1, true, b]",
            "{a: 1, b: c}", "''", "!!str 12", "!!int '7'"};
        for (int i = 0; i < scalars.length; i++) {
            lines.add("k" + i + ": " + scalars[i]);
        }
        lines.add("empty:");
        byte[] yaml = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        JsonNode located = LocatedParser.parse(yaml, LocatedParser.Syntax.YAML).root();
        JsonNode jackson = YAMLMapper.builder()
                .enable(tools.jackson.dataformat.yaml.YAMLReadFeature.EMPTY_STRING_AS_NULL).build().readTree(yaml);
        assertThat(located).isEqualTo(jackson);
        assertThat(located.get("k0").isString()).isTrue();
        assertThat(located.get("k1").isBoolean()).isTrue();
        assertThat(located.get("k5").isInt()).isTrue();
    }
}
