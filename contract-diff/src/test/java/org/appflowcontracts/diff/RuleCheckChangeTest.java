package org.appflowcontracts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.diff.compare.Change;
import org.appflowcontracts.diff.compare.Compatibility;
import org.appflowcontracts.diff.compare.ContractDiff;
import org.appflowcontracts.diff.read.ContractReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that keeps its id and severity but tests something else is a change; rewording its message is not. */
class RuleCheckChangeTest {

    private static final String OVERLAY = "rules/write-operations.rules.json";

    @TempDir
    Path temp;

    @Test
    void rewordedDocumentationIsNoChange() throws IOException {
        Path edited = copyWith("\"List the field(s) that identify", "\"Name the field(s) that identify");

        assertThat(changes(edited)).isEmpty();
    }

    @Test
    void aNarrowedConditionUnderTheSameIdIsABreakingChange() throws IOException {
        Path edited = copyWith("{\"enum\": [\"UPSERT\", \"UPDATE\", \"DELETE\"]}", "{\"enum\": [\"UPSERT\", \"UPDATE\"]}");

        List<Change> changes = changes(edited);

        assertThat(changes).contains(
                new Change.RuleCheckChanged("CreateFlow", "DEST_WRITE_OP_NEEDS_ID_FIELDS", "error"),
                new Change.RuleCheckChanged("UpdateFlow", "DEST_WRITE_OP_NEEDS_ID_FIELDS", "error"));
        // The same enum also feeds a warning-level rule: its change is reported, and compatible.
        assertThat(changes).contains(
                new Change.RuleCheckChanged("CreateFlow", "DEST_ID_FIELDS_ONLY_FOR_KEYED_WRITES", "warning"));
        assertThat(changes).allSatisfy(c -> assertThat(c.compatibility()).isEqualTo(
                ((Change.RuleCheckChanged) c).severity().equals("error")
                        ? Compatibility.BREAKING : Compatibility.COMPATIBLE));
    }

    @Test
    void aChangedCheckOfAWarningRuleIsCompatible() {
        Change change = new Change.RuleCheckChanged("Op", "TEAM_TAG", "warning");

        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    private List<Change> changes(Path edited) {
        return ContractDiff.between(ContractReader.read(Models.CONTRACTS), ContractReader.read(edited)).changes();
    }

    private Path copyWith(String before, String after) throws IOException {
        Path copy = temp.resolve("contracts");
        try (Stream<Path> files = Files.walk(Models.CONTRACTS)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(Models.CONTRACTS.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path overlay = copy.resolve(OVERLAY);
        String text = Files.readString(overlay);
        assertThat(text).contains(before);
        Files.writeString(overlay, text.replace(before, after));
        return copy;
    }
}
