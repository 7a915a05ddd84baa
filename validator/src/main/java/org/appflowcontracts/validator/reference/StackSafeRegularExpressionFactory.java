package org.appflowcontracts.validator.reference;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * JDK regular expressions (networknt makes {@code $} mean end of input, as ECMA-262 says) whose verdict never
 * depends on the stack: {@code java.util.regex} recurses once per iteration of a repeated group, so a long string
 * can exhaust the calling thread's stack, how soon depending on {@code -Xss} and on the JIT. A value longer than
 * {@link #MAX_MATCHED_LENGTH} chars (far beyond any length bound of the contracts) does not match; a shorter one
 * whose match overflows the stack is matched again on a thread with a fixed deep stack, ample for that length. The
 * compiled validators apply the same bound and decide with an automaton, which needs no stack, and agree.
 */
final class StackSafeRegularExpressionFactory implements RegularExpressionFactory {

    static final StackSafeRegularExpressionFactory INSTANCE = new StackSafeRegularExpressionFactory();

    /** The same bound as the compiled validators' ({@code CharAutomaton.MAX_MATCHED_LENGTH}). */
    static final int MAX_MATCHED_LENGTH = 65_536;
    /** Enough for java.util.regex on a value of {@link #MAX_MATCHED_LENGTH} chars. */
    static final long DEEP_STACK_BYTES = 1L << 30;

    private StackSafeRegularExpressionFactory() {
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        RegularExpression jdk = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
        return value -> {
            if (value.length() > MAX_MATCHED_LENGTH) {
                return false;
            }
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
