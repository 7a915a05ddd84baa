package org.appflowcontracts.validator.cli;

/** What {@code --version} prints: the version stamped into the runnable jar's manifest ({@code dev} from classes). */
final class VersionText {

    private VersionText() {
    }

    /** Whether the arguments ask for the version alone ({@code --version} or {@code -V}). */
    static boolean isRequested(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    static String version() {
        String version = VersionText.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    static String[] lines() {
        return new String[] {"appflow-validate " + version(), "AppFlow API 2020-08-23"};
    }
}
