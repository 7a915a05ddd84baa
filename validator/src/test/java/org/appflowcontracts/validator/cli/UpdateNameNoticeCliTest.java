package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.validator.cli.CliTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body named {@code update*} that holds members only CreateFlow takes is checked as a CreateFlow (it may be one,
 * named for what it sends somewhere), and each such member gets a warning saying that UpdateFlow refuses it and how
 * to settle which operation the file is — without options, as a pre-commit hook runs the tool.
 */
class UpdateNameNoticeCliTest {

    private static final String ID = "operation.update-name-create-member";

    @TempDir
    Path repo;

    private Path write(String relative, String text) throws Exception {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path bodyWithKmsAndTags(String relative) throws Exception {
        String body = Files.readString(CliTest.FLOWS.resolve("account-export.flow.json"))
                .replaceFirst("\\{", "{\n  \"kmsArn\": \"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef"
                        + "-1234567890ab\",\n  \"tags\": {\"team\": \"sales\"},");
        return write(relative, body);
    }

    @Test
    void eachCreateFlowOnlyMemberOfAnUpdateNamedBodyIsAWarningThatSaysHowToSettleIt() throws Exception {
        Path file = bodyWithKmsAndTags("flows/updates-to-s3.json");
        Result r = CliTest.run(file.toString());
        assertThat(r.exitCode()).as("a CreateFlow body that happens to be named update* passes: %s", r).isZero();
        assertThat(r.stdout().lines().filter(l -> l.contains(ID)).toList()).satisfiesExactly(
                kms -> assertThat(kms).startsWith(file + ":2:3: warning " + ID).endsWith("[/kmsArn]")
                        .contains("UpdateFlow, which refuses kmsArn (UPDATE_NO_KMS_NO_TAGS: Remove this member from"
                                + " the UpdateFlow request")
                        .contains("checked as CreateFlow").contains(".appflow-contracts.yaml").contains("--operation"),
                tags -> assertThat(tags).startsWith(file + ":3:3: warning " + ID).endsWith("[/tags]"));
        assertThat(r.stdout()).contains("2 warnings");
        assertThat(CliTest.run("--strict", file.toString()).exitCode()).as("--strict fails on the warnings").isEqualTo(1);
    }

    @Test
    void aConfigurationMappingOrTheOptionSettlesTheOperation() throws Exception {
        Path file = bodyWithKmsAndTags("flows/update-accounts.json");
        Result updating = CliTest.run("--operation", "UpdateFlow", file.toString());
        assertThat(updating.exitCode()).isEqualTo(1);
        assertThat(updating.stdout()).contains("error UPDATE_NO_KMS_NO_TAGS").doesNotContain(ID);

        assertThat(CliTest.run("--operation", "CreateFlow", file.toString()).stdout()).doesNotContain(ID);

        write(".appflow-contracts.yaml", "files:\n  - match: flows/update-*.json\n    operation: CreateFlow\n");
        Result configured = CliTest.run(file.toString());
        assertThat(configured.exitCode()).isZero();
        assertThat(configured.stdout()).doesNotContain(ID).contains("0 warnings");
    }

    @Test
    void otherNamesAndUpdateBodiesWithoutThoseMembersGetNoWarning() throws Exception {
        Path created = bodyWithKmsAndTags("flows/accounts.json");
        assertThat(CliTest.run(created.toString()).stdout()).doesNotContain(ID);

        Path update = write("flows/update-plain.json",
                Files.readString(CliTest.FLOWS.resolve("account-export.flow.json")));
        Result r = CliTest.run(update.toString());
        assertThat(r.stdout()).doesNotContain(ID).contains("checked as UpdateFlow (file name");
    }

    @Test
    void theWarningIsListedAndExplained() {
        assertThat(CliTest.run("--list-rules").stdout()).contains(ID);
        Result explained = CliTest.run("--explain", ID);
        assertThat(explained.exitCode()).isZero();
        assertThat(explained.stdout()).contains("UpdateFlow");
    }
}
