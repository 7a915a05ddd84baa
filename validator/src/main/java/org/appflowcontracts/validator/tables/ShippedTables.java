package org.appflowcontracts.validator.tables;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/** Loads the generated tables once, by name: they are compiled after the code that reads them. */
final class ShippedTables {

    static final Optional<StartupTables> TABLES = load();

    private ShippedTables() {
    }

    private static Optional<StartupTables> load() {
        Class<?> generated;
        try {
            generated = Class.forName(StartupTables.GENERATED_CLASS, true, ShippedTables.class.getClassLoader());
        } catch (ClassNotFoundException notBuilt) {
            return Optional.empty();
        }
        try {
            return Optional.of((StartupTables) generated.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException(StartupTables.GENERATED_CLASS + " cannot be used", cause);
        }
    }
}
