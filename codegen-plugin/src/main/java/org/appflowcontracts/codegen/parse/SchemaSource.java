package org.appflowcontracts.codegen.parse;

import java.io.IOException;
import java.util.List;

/** Where schema documents come from. Implementations return documents sorted by file name. */
public interface SchemaSource {

    List<SchemaInput> load() throws IOException;

    /** A human-readable description for logs and error messages. */
    String describe();
}
