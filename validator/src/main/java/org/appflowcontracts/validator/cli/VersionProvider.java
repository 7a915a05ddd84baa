package org.appflowcontracts.validator.cli;

import picocli.CommandLine;

/** picocli's view of {@link VersionText}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return VersionText.lines();
    }
}
