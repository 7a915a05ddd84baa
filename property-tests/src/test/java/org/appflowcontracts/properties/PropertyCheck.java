package org.appflowcontracts.properties;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * Runs a property with QuickTheories from a JUnit 5 test: a fixed seed ({@link Seeds}), a number of tries, bounded
 * shrinking, and a failure message that names the property, the seed and the command line to replay it.
 *
 * <p>While the library searches and shrinks, {@link #searching()} is true and {@link Minimizer} leaves documents
 * as they are (each shrink step would otherwise minimize again); the smallest counterexample is then checked once
 * more with minimizing on, so the failure shows the structurally minimized document.
 */
final class PropertyCheck {

    /** Tries per property unless a property asks for its own count; {@code -Dappflow.pbt.tries=N}. */
    static final int DEFAULT_TRIES = Integer.getInteger("appflow.pbt.tries", 1000);
    /** Shrink steps after a failure: each re-runs the property, and engine runs are not cheap. */
    static final int SHRINK_CYCLES = Integer.getInteger("appflow.pbt.shrinks", 200);
    /** Draws a filtered generator may discard for one example before the run gives up. */
    private static final int GENERATE_ATTEMPTS = 10_000;

    private static final ThreadLocal<Boolean> SEARCHING = ThreadLocal.withInitial(() -> false);

    private PropertyCheck() {
    }

    static <T> void forAll(Gen<T> values, Consumer<T> property) {
        forAll(DEFAULT_TRIES, values, property);
    }

    static <T> void forAll(int tries, Gen<T> values, Consumer<T> property) {
        String name = callerName();
        long seed = Seeds.seed();
        AtomicInteger checked = new AtomicInteger();
        SEARCHING.set(true);
        try {
            qt().withFixedSeed(seed).withExamples(tries).withShrinkCycles(SHRINK_CYCLES)
                    .withGenerateAttempts(GENERATE_ATTEMPTS).withReporter(new Failure<>(name, property))
                    .forAll(values).checkAssert(value -> {
                        checked.incrementAndGet();
                        property.accept(value);
                    });
        } finally {
            SEARCHING.set(false);
        }
        System.out.printf("property %s: %d tries, %d checks, seed %d%n", name, tries, checked.get(), seed);
    }

    static boolean searching() {
        return SEARCHING.get();
    }

    /** {@code Class.method} of the test that called {@link #forAll}. */
    private static String callerName() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(PropertyCheck.class.getName())).findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("property"));
    }

    /** Turns the library's falsification into one AssertionError naming the seed and the minimized failure. */
    private record Failure<T>(String name, Consumer<T> property) implements Reporter {

        @Override
        public void falisification(long seed, int examples, Object smallest, Throwable cause, List<Object> others,
                AsString<Object> toString) {
            throw new AssertionError(header(seed, examples, smallest, toString), recheck(smallest, cause));
        }

        @Override
        public void falisification(long seed, int examples, Object smallest, List<Object> others,
                AsString<Object> toString) {
            throw new AssertionError(header(seed, examples, smallest, toString));
        }

        @Override
        public void valuesExhausted(int completed) {
            throw new AssertionError(name + ": the generator gave up after " + completed
                    + " examples (too many drawn values were filtered out); seed " + Seeds.seed());
        }

        private String header(long seed, int examples, Object smallest, AsString<Object> toString) {
            return String.format("property %s falsified after %d checks, seed %d (replay: -D%s=%d)%n"
                    + "  smallest counterexample after shrinking: %s", name, examples, seed, Seeds.PROPERTY, seed,
                    toString.asString(smallest));
        }

        /** The failure of the smallest counterexample, checked again with structural minimizing on. */
        @SuppressWarnings("unchecked")
        private Throwable recheck(Object smallest, Throwable cause) {
            SEARCHING.set(false);
            try {
                property.accept((T) smallest);
                return cause;
            } catch (RuntimeException | Error e) {
                return e;
            } finally {
                SEARCHING.set(true);
            }
        }
    }
}
