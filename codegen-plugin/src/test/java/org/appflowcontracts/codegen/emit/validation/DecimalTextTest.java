package org.appflowcontracts.codegen.emit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated validators' hand-written reader of decimal text ({@code ValidationSupport.isDecimalText}, compiled
 * from its runtime template) accepts exactly what the regular expression it replaced accepts: every string of up to
 * six characters over the characters that matter, and a few longer ones.
 */
class DecimalTextTest {

    private static final Pattern DECIMAL_TEXT =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final String ALPHABET = "07+-.eEx";

    @TempDir
    static Path work;

    private static Method isDecimalText;

    @BeforeAll
    static void compile() throws Exception {
        Class<?> support = RuntimeProbe.compile(work, "ValidationSupport");
        isDecimalText = support.getDeclaredMethod("isDecimalText", String.class);
        isDecimalText.setAccessible(true);
    }

    @Test
    void everyShortStringIsReadAsTheRegularExpressionReadsIt() throws Exception {
        List<String> strings = new ArrayList<>(List.of(""));
        int accepted = 0;
        for (int length = 0; length <= 6; length++) {
            List<String> longer = new ArrayList<>();
            for (String s : strings) {
                assertThat(isDecimalText.invoke(null, s)).as("'%s'", s).isEqualTo(DECIMAL_TEXT.matcher(s).matches());
                accepted += DECIMAL_TEXT.matcher(s).matches() ? 1 : 0;
                for (char c : ALPHABET.toCharArray()) {
                    longer.add(s + c);
                }
            }
            strings = longer;
        }
        assertThat(accepted).isGreaterThan(1000);
    }

    @Test
    void longerAndOtherScriptsText() throws Exception {
        for (String s : List.of("12345678901234567890.5e-300", "-.000001E+0007", "١٢", "1 ", " 1", "1e5.0", "+.e1",
                "0.", ".0", "00", "1_000", "٣.5")) {
            assertThat(isDecimalText.invoke(null, s)).as("'%s'", s).isEqualTo(DECIMAL_TEXT.matcher(s).matches());
        }
    }
}
