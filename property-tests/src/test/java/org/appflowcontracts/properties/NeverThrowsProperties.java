package org.appflowcontracts.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.appflowcontracts.properties.gen.Contracts;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.InputException;

import org.junit.jupiter.api.Test;

/**
 * The validator never throws: a tree always yields a report; bytes (JSON or YAML, intact or corrupted) yield a
 * report or a located {@link InputException}, in both engines.
 */
class NeverThrowsProperties {

    /** Bytes to validate, the name they are presented under and the kind they are validated as. */
    record Input(String kind, String name, byte[] bytes, String origin) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return kind + " " + name + " (" + origin + "): " + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text);
        }
    }

    @Test
    void treesAlwaysYieldAReport() {
        PropertyCheck.forAll(Samples.anyDocument(), NeverThrowsProperties::treeYieldsAReport);
    }

    @Test
    void bytesYieldAReportOrALocatedInputError() {
        PropertyCheck.forAll(SourceRandom.gen(NeverThrowsProperties::input), NeverThrowsProperties::bytesYieldAReport);
    }

    private static void treeYieldsAReport(Samples.Sample sample) {
        for (EngineKind engine : EngineKind.values()) {
            assertThat(ContractValidator.forOperation(sample.kind(), engine).validate(sample.document())).isNotNull();
        }
    }

    private static void bytesYieldAReport(Input input) {
        for (EngineKind engine : EngineKind.values()) {
            try {
                assertThat(ContractValidator.forOperation(input.kind(), engine).validate(input.bytes(), input.name()))
                        .isNotNull();
            } catch (InputException e) {
                assertThat(e.getMessage()).as("message of an input error").isNotBlank();
                assertThat(e.line()).as("line of: " + e.getMessage()).isPositive();
                assertThat(e.column()).as("column of: " + e.getMessage()).isPositive();
            }
        }
    }

    private static Input input(Random random) {
        Samples.Sample sample = Samples.draw(random);
        boolean yaml = random.nextInt(3) == 0;
        String text = yaml ? Yaml.write(sample.document()) : Contracts.JSON.writeValueAsString(sample.document());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String origin = sample.origin();
        switch (random.nextInt(5)) {
            case 0 -> {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
                origin += ", truncated";
            }
            case 1 -> {
                if (bytes.length > 0) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    origin += ", one byte changed";
                }
            }
            default -> {
            }
        }
        return new Input(sample.kind(), yaml ? "flow.yaml" : "flow.json", bytes, origin);
    }
}
