package org.appflowcontracts.validator.cli;

/** What {@code --version} prints: the version stamped into the runnable jar's manifest ({@code dev} from classes). */
final class VersionText {

    private VersionText() {
    }

    static String version() {
        String version = VersionText.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    static String[] lines() {
        return new String[] {"appflow-validate " + version(), "AppFlow API 2020-08-23"};
    }
}
