package org.appflowcontracts.codegen.types;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.appflowcontracts.codegen.Fixture;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.compiler.SchemaCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A shape may not take the name of a class the compiler writes beside the records. */
class TypeNameClashTest {

    @ParameterizedTest
    @ValueSource(strings = {"Timestamps", "TimestampDeserializer"})
    void aShapeNamedLikeARuntimeClassFailsWithItsLocation(String name) {
        String shapes = Fixture.read("shapes.schema.json")
                .replace("\"Schedule\":", "\"" + name + "\":")
                .replace("#/$defs/Schedule\"", "#/$defs/" + name + "\"");
        assertThatThrownBy(() -> new SchemaCompiler().generate(Fixture.config(Path.of("unused")),
                Fixture.withDocument("shapes.schema.json", shapes)))
                .isInstanceOf(SchemaCompileException.class)
                .hasMessageContaining("shapes.schema.json")
                .hasMessageContaining("/$defs/" + name)
                .hasMessageContaining("generated runtime");
    }
}
