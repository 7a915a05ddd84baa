package org.appflowcontracts.validator.format.seeded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appflowcontracts.validator.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Realistic mistakes planted, one at a time, by text edits in the real templates, Terraform files and API bodies
 * of the corpus: each is caught by the rule the contracts define for it, on the line (and column) of the planted
 * text or of the nearest member still present, named by the file's own pointer or address and spelling, and
 * nothing else about the file's findings changes.
 */
class SeededMistakesTest {

    static List<Seed> seeds() {
        return Stream.of(CloudFormationYamlSeeds.seeds(), CloudFormationJsonSeeds.seeds(), TerraformSeeds.seeds(),
                ApiBodySeeds.seeds(), RegressionSeeds.seeds()).flatMap(List::stream).toList();
    }

    @TestFactory
    Stream<DynamicTest> eachPlantedMistakeIsCaughtWhereItIs() {
        return seeds().stream().map(seed -> DynamicTest.dynamicTest(seed.toString(), () -> SeedCheck.check(seed)));
    }

    @Test
    void everyKindIsPlantedInTemplatesAndInTerraform() {
        for (MistakeKind kind : MistakeKind.values()) {
            Set<FileKind> formats = seeds().stream().filter(s -> s.kind() == kind).map(SeededMistakesTest::fileKind)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(FileKind.class)));
            assertThat(formats).as("formats %s is planted in", kind)
                    .containsAnyOf(FileKind.CLOUDFORMATION_YAML, FileKind.CLOUDFORMATION_JSON)
                    .containsAnyOf(FileKind.TERRAFORM_AWS, FileKind.TERRAFORM_AWSCC);
        }
    }

    @Test
    void everyFormatGetsSeveralKinds() {
        for (FileKind format : FileKind.values()) {
            assertThat(seeds().stream().filter(s -> fileKind(s) == format).map(Seed::kind).distinct().count())
                    .as("kinds planted in %s files", format).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aMissingFindingFailsTheCheck() {
        Seed harmless = Seed.in("templates/terraform/acc-basic.tf", MistakeKind.ENUM_TYPO, "a value kept")
                .replace("bucket_prefix = \"flow\"", "bucket_prefix = \"flows\"")
                .expect(Severity.ERROR, "schema.enum", "aws_appflow_flow.test.name").atEdit("bucket_prefix").build();
        assertThatThrownBy(() -> SeedCheck.check(harmless)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aFindingOnAnotherLineFailsTheCheck() {
        Seed misplaced = Seed.in("templates/terraform/acc-basic.tf", MistakeKind.ENUM_TYPO, "wrong line")
                .replace("task_type         = \"Map\"", "task_type         = \"MAP\"")
                .expect(Severity.ERROR, "schema.enum", "aws_appflow_flow.test.task[0].task_type").above("task {")
                .gone("TASKS_NEED_PROJECTION_OR_MAP_ALL.s3-source", 102).build();
        assertThatThrownBy(() -> SeedCheck.check(misplaced)).isInstanceOf(AssertionError.class);
    }

    @Test
    void anEditKeepsEveryOtherByteOfTheFile() throws Exception {
        for (Seed seed : seeds()) {
            String original = Files.readString(SeedCheck.RESOURCES.resolve(seed.file()), StandardCharsets.UTF_8);
            TextEdit.Planted planted = seed.edit().applyTo(original, seed.file());
            int at = planted.offset();
            String undone = planted.text().substring(0, at) + seed.edit().old()
                    + planted.text().substring(at + seed.edit().replacement().length());
            assertThat(undone).as("%s undone", seed).isEqualTo(original);
            assertThat(planted.text()).as("%s changed", seed).isNotEqualTo(original);
        }
    }

    private static FileKind fileKind(Seed seed) {
        try {
            return FileKind.of(seed.file(),
                    Files.readString(SeedCheck.RESOURCES.resolve(seed.file()), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
