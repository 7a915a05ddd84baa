package org.appflowcontracts.diff.compare;

/** Which changes make a diff fail a build or a script: breaking ones (the default), any change, or none. */
public enum FailOn {
    BREAKING, ANY, NONE;

    /**
     * @param breaking whether anything breaking was found (a breaking change, or a user's file that passes the old
     *                 contract but not the new)
     * @param any      whether anything at all changed
     */
    public boolean fails(boolean breaking, boolean any) {
        return switch (this) {
            case BREAKING -> breaking;
            case ANY -> any;
            case NONE -> false;
        };
    }

    public boolean fails(ContractDiff diff) {
        return fails(diff.hasBreaking(), !diff.changes().isEmpty());
    }
}
