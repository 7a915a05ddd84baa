package org.appflowcontracts.validator.cli;

import picocli.CommandLine;

/** picocli's view of {@link VersionText}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    static String version() {
        return VersionText.version();
    }

    @Override
    public String[] getVersion() {
        return VersionText.lines();
    }
}
