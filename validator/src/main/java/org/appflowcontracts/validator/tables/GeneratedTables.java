package org.appflowcontracts.validator.tables;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/** Loads a class of tables the build generates, by name: such classes are compiled after the code that reads them. */
public final class GeneratedTables {

    private GeneratedTables() {
    }

    /** An instance of {@code className}, which implements {@code type}; empty when the build has not made it. */
    public static <T> Optional<T> load(String className, Class<T> type) {
        Class<?> generated;
        try {
            generated = Class.forName(className, true, type.getClassLoader());
        } catch (ClassNotFoundException notBuilt) {
            return Optional.empty();
        }
        try {
            return Optional.of(type.cast(generated.getDeclaredConstructor().newInstance()));
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException(className + " cannot be used", cause);
        }
    }
}
