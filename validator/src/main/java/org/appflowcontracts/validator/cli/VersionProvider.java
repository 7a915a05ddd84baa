package org.appflowcontracts.validator.cli;

import picocli.CommandLine;

/** The version stamped into the runnable jar's manifest; {@code dev} when running from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"appflow-validate " + version(), "AppFlow API 2020-08-23"};
    }
}
