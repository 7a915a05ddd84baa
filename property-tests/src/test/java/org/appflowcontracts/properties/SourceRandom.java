package org.appflowcontracts.properties;

import java.util.Random;
import java.util.function.Function;

import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link Random} whose every bit comes from a QuickTheories randomness source. The generators and mutators
 * draw from a plain {@code Random}; through this class each of their draws is recorded by the library, so its
 * shrinking (moving recorded draws towards zero: first choices, fewer items, shorter strings) applies to them
 * unchanged, and the fixed seed reproduces them exactly.
 */
final class SourceRandom extends Random {

    private static final Constraint[] BITS = new Constraint[33];

    static {
        for (int bits = 0; bits <= 32; bits++) {
            BITS[bits] = Constraint.between(0, (1L << bits) - 1);
        }
    }

    private final transient RandomnessSource source;

    private SourceRandom(RandomnessSource source) {
        super(0);
        this.source = source;
    }

    /** A generator of whatever {@code draw} builds from a random source. */
    static <T> Gen<T> gen(Function<Random, T> draw) {
        return in -> draw.apply(new SourceRandom(in));
    }

    @Override
    protected int next(int bits) {
        return (int) source.next(BITS[bits]);
    }
}
