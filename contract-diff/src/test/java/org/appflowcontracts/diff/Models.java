package org.appflowcontracts.diff;

import java.nio.file.Files;
import java.nio.file.Path;

/** The AWS model snapshots and the contracts folder kept in the schemas module of this repository. */
final class Models {

    static final Path MODELS = Path.of("..", "schemas", "src", "main", "aws-model");
    static final Path JUNE_2023 = MODELS.resolve("appflow-2020-08-23.2023-06-27.json");
    static final Path AUGUST_2023 = MODELS.resolve("appflow-2020-08-23.json");
    static final Path JUNE_2026 = MODELS.resolve("appflow-2020-08-23.2026-06-04.json");
    static final Path CONTRACTS =
            Path.of("..", "schemas", "src", "main", "resources", "schemas", "appflow", "2020-08-23");

    private Models() {
    }

    static String resource(String name) throws Exception {
        return Files.readString(Path.of("src", "test", "resources", name));
    }
}
