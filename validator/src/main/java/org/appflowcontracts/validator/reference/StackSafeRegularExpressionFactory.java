package org.appflowcontracts.validator.reference;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * JDK regular expressions (networknt makes {@code $} mean end of input, as ECMA-262 says) whose verdict never
 * depends on the stack: {@code java.util.regex} recurses once per iteration of a repeated group, so a long string
 * can exhaust the calling thread's stack, how soon depending on {@code -Xss} and on the JIT. Such a match is run
 * again on a thread with a fixed deep stack, ample for any string within the input limits; the compiled
 * validators decide the same patterns with an automaton, which needs no stack, and agree.
 */
final class StackSafeRegularExpressionFactory implements RegularExpressionFactory {

    static final StackSafeRegularExpressionFactory INSTANCE = new StackSafeRegularExpressionFactory();

    /** Enough for java.util.regex on a string of {@code InputLimits.MAX_STRING_LENGTH} characters. */
    static final long DEEP_STACK_BYTES = 2L << 30;

    private StackSafeRegularExpressionFactory() {
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        RegularExpression jdk = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
        return value -> {
            try {
                return jdk.matches(value);
            } catch (StackOverflowError e) {
                return onDeepStack(jdk, value);
            }
        };
    }

    static boolean onDeepStack(RegularExpression regex, String value) {
        boolean[] found = new boolean[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                found[0] = regex.matches(value);
            } catch (StackOverflowError e) {
                failure[0] = e;
            }
        }, "deep-regex", DEEP_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching a pattern", e);
        }
        if (failure[0] != null) {
            throw new IllegalStateException("a pattern ran out of stack even on a deep one", failure[0]);
        }
        return found[0];
    }
}
