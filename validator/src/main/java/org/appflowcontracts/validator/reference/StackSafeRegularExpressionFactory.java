package org.appflowcontracts.validator.reference;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * JDK regular expressions (the schemas' patterns are written so that {@code java.util.regex} agrees with
 * ECMA-262) whose evaluation never throws: {@code java.util.regex} recurses once per iteration of a repeated
 * group, so a string far longer than any contract bound can exhaust the stack. Such a string counts as not
 * matching, the same verdict the compiled validators give.
 */
final class StackSafeRegularExpressionFactory implements RegularExpressionFactory {

    static final StackSafeRegularExpressionFactory INSTANCE = new StackSafeRegularExpressionFactory();

    private StackSafeRegularExpressionFactory() {
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        RegularExpression jdk = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
        return value -> {
            try {
                return jdk.matches(value);
            } catch (StackOverflowError e) {
                return false;
            }
        };
    }
}
