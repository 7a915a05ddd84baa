package org.appflowcontracts.validator.tables;

import java.util.Optional;

/** The generated start-up tables, loaded once. */
final class ShippedTables {

    static final Optional<StartupTables> TABLES =
            GeneratedTables.load(StartupTables.GENERATED_CLASS, StartupTables.class);

    private ShippedTables() {
    }
}
