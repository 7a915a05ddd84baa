package org.appflowcontracts.export;

import java.nio.file.Path;

/** The AppFlow model and contracts of this repository, and where their committed export lives. */
final class ExportFiles {

    static final Path MODEL = Path.of("..", "schemas", "src", "main", "aws-model", "appflow-2020-08-23.json");
    static final Path CONTRACTS =
            Path.of("..", "schemas", "src", "main", "resources", "schemas", "appflow", "2020-08-23");
    static final Path COMMITTED = Path.of("..", "schemas", "src", "main", "resources", "export");
    static final Path EXAMPLES = Path.of("..", "schemas", "src", "main", "examples");
    static final Path FORMAT_WORDS =
            Path.of("..", "schemas", "src", "main", "resources", "schemas", "messages", "messages.json");
    static final String EDITOR_ID_BASE = "https://schemas.appflowcontracts.org/export/editor/";

    private ExportFiles() {
    }
}
