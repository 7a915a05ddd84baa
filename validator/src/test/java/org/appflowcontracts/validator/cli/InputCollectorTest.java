package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @Test
    void anUnreadablePathIsReportedOnlyWhenTheWalkWouldHaveCheckedIt(@TempDir Path dir) throws Exception {
        Path flows = Files.createDirectory(dir.resolve("flows"));
        Path cache = Files.createDirectory(dir.resolve(".cache"));

        assertThat(InputCollector.unreadableButWanted(flows)).as("a directory to walk").isTrue();
        assertThat(InputCollector.unreadableButWanted(dir.resolve("flow.yaml"))).as("a flow file").isTrue();
        assertThat(InputCollector.unreadableButWanted(cache)).as("a hidden directory").isFalse();
        assertThat(InputCollector.unreadableButWanted(dir.resolve(".flow.json"))).as("a hidden file").isFalse();
        assertThat(InputCollector.unreadableButWanted(dir.resolve("notes.txt"))).as("not a flow file").isFalse();
    }

    @Test
    void hiddenDirectoriesAndOtherFilesAreNotCollected(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectory(dir.resolve(".git")).resolve("config.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "not a flow");
        Files.writeString(dir.resolve("flow.json"), "{}");

        assertThat(new InputCollector().collect(List.of(dir.toString())))
                .extracting(InputSource::displayName)
                .containsExactly(dir.resolve("flow.json").toString());
    }
}
