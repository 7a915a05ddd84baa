package org.appflowcontracts.validator.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mapper-free reader gives the very nodes (types included) a default mapper's {@code readTree} gives. */
class JsonTreesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path SHIPPED = Path.of("../schemas/src/main/resources/schemas");

    @Test
    void everyShippedJsonDocumentReadsAsTheMapperReadsIt() throws Exception {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            documents = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(documents).hasSizeGreaterThan(20);
        for (Path document : documents) {
            byte[] bytes = Files.readAllBytes(document);
            assertThat(read(bytes)).as("%s", document).isEqualTo(MAPPER.readTree(bytes));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "-99999999999999999999999", "0.1", "-0.0", "1e2", "1E-7", "1.5e308",
        "123456789012345678901234567890.5", "\"text\"", "true", "false", "null", "[]", "{}",
        "{\"a\": 1, \"a\": [2, {\"b\": null}]}", "[1, 2.5, \"x\", [true, {}]]"})
    void numbersScalarsAndContainersHaveTheMappersNodeTypes(String json) {
        JsonNode ours = read(json.getBytes(StandardCharsets.UTF_8));
        JsonNode mappers = MAPPER.readTree(json);
        assertThat(ours).isEqualTo(mappers);
        assertThat(ours.getClass()).isEqualTo(mappers.getClass());
        assertThat(ours.toString()).isEqualTo(mappers.toString());
    }

    @Test
    void emptyInputIsMissingAndMalformedInputFailsAsTheMapperFails() {
        assertThat(read(new byte[0]).isMissingNode()).isTrue();
        byte[] malformed = "{\"a\": [1,\n  }".getBytes(StandardCharsets.UTF_8);
        String mappers = catchThrowableOfType(JacksonException.class,
                () -> MAPPER.readTree(new ByteArrayInputStream(malformed))).getMessage();
        assertThatThrownBy(() -> read(malformed)).isInstanceOf(JacksonException.class)
                .hasMessage(mappers).hasMessageContaining("byte offset: #12");
    }

    private static JsonNode read(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return JsonTrees.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
