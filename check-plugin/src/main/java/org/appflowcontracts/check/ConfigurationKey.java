package org.appflowcontracts.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.validator.cli.BuildFileChecker;

/**
 * What a stored outcome depends on besides the file itself: the plugin (version and, for snapshots, its jars),
 * the options that change findings, the content of a contracts folder, of a configuration file given for every
 * file and of a baseline (a discovered configuration is part of each file's own digest). The severity threshold and the report
 * formats are not part of it: they change what is done with findings, not the findings.
 */
final class ConfigurationKey {

    private ConfigurationKey() {
    }

    static String of(CheckOptions options) throws IOException {
        StringBuilder key = new StringBuilder()
                .append("tool=").append(options.toolVersion()).append('\n')
                .append("code=").append(options.toolFingerprint()).append('\n')
                .append("operation=").append(options.operation().orElse("")).append('\n')
                .append("inputFormat=").append(options.inputFormat().orElse("")).append('\n');
        BuildFileChecker.Project project = options.project();
        key.append("configFile=").append(project.configFile().map(ContentHash::ofFile).orElse("")).append('\n')
                .append("ignore=").append(String.join(",", project.ignoredRules())).append('\n')
                .append("baseline=").append(project.baseline().map(ContentHash::ofFile).orElse("")).append('\n');
        if (options.contracts().isPresent()) {
            Path contracts = options.contracts().get();
            key.append("contracts=").append(contracts).append('\n');
            key.append("contractsContent=")
                    .append(Files.isDirectory(contracts) ? ContentHash.ofFolder(contracts) : "missing").append('\n');
        }
        return ContentHash.of(key.toString());
    }
}
