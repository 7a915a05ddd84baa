package org.appflowcontracts.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed resource schemas are exactly what the importer produces from the committed provider schemas.
 * With {@code -Dappflow.regenerate=true} the test rewrites them instead of comparing.
 */
class ResourceSchemaRegenerationTest {

    static final Path CLOUDFORMATION = Path.of("../schemas/src/main/cloudformation/aws-appflow-flow.json");
    static final Path TERRAFORM_AWS = Path.of("../schemas/src/main/terraform/aws_appflow_flow.json");
    static final Path META_ARGUMENTS = Path.of("../schemas/src/main/terraform/meta-arguments.json");
    static final Path COMMITTED = Path.of("../schemas/src/main/resources/schemas/formats");
    static final String REGENERATE_COMMAND = "mvn -B -o -pl codegen-plugin -am test"
            + " -Dtest=ResourceSchemaRegenerationTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dappflow.regenerate=true";

    @Test
    void committedResourceSchemasMatchAFreshImport(@TempDir Path fresh) throws IOException {
        if (Boolean.getBoolean("appflow.regenerate")) {
            ResourceSchemaImporter.importSchemas(CLOUDFORMATION, TERRAFORM_AWS, META_ARGUMENTS, COMMITTED);
        }
        SortedMap<String, String> expected = ResourceSchemaImporter.importSchemas(CLOUDFORMATION, TERRAFORM_AWS,
                META_ARGUMENTS, fresh);
        List<String> differences = new ArrayList<>();
        for (String name : expected.keySet()) {
            Path committed = COMMITTED.resolve(name);
            if (!Files.exists(committed)) {
                differences.add("missing: " + name);
            } else if (!Files.readString(committed, StandardCharsets.UTF_8).equals(expected.get(name))) {
                differences.add("differs: " + name);
            }
        }
        assertThat(differences)
                .as("resource schemas in %s are out of date; regenerate them with:%n  %s%n", COMMITTED,
                        REGENERATE_COMMAND)
                .isEmpty();
        assertThat(expected).containsOnlyKeys(ResourceSchemaImporter.CLOUDFORMATION_FILE,
                ResourceSchemaImporter.AWSCC_FILE, ResourceSchemaImporter.AWS_FILE);
    }
}
