package org.appflowcontracts.validator;

import java.util.List;

/** Lets tests in other packages compare a generated table with what the writer works out now. */
public final class StartupTablesAccess {

    private StartupTablesAccess() {
    }

    public static List<String[]> messageSchemas() {
        return StartupTablesWriter.messageSchemas();
    }
}
