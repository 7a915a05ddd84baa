package org.appflowcontracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Every committed schema document (imported, overlays, dialect) is a valid draft 2020-12 schema. */
class MetaSchemaValidityTest {

    private static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    static Stream<Path> schemaFiles() {
        return SchemaFiles.allSchemaFiles().stream();
    }

    @Test
    void findsTheImportedDocuments() {
        assertThat(SchemaFiles.allSchemaFiles()).hasSizeGreaterThanOrEqualTo(51);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void isValidAgainstTheDraft202012MetaSchema(Path file) {
        List<Error> errors = META_SCHEMA.validate(SchemaFiles.read(file));
        assertThat(errors).as("meta-schema violations in %s", file).isEmpty();
    }

    @Test
    void metaSchemaRejectsAnInvalidSchema() {
        // guards the check above against a meta-schema that accepts everything
        List<Error> errors = META_SCHEMA.validate(
                tools.jackson.databind.json.JsonMapper.builder().build().readTree("{\"type\": 7, \"minLength\": -1}"));
        assertThat(errors).isNotEmpty();
    }
}
