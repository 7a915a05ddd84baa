package org.appflowcontracts.validator.format.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The character tests say what the regular expressions they stand for say, on chosen and random tokens. */
class AddressTokensTest {

    private static final String INDEX = "0|[1-9][0-9]{0,8}";
    private static final String NAME = "[A-Za-z_][A-Za-z0-9_-]*";
    private static final String CONSTANT = "[A-Z][A-Z0-9_]*";
    private static final String ALPHABET = "09aZ_-. \"éA1";

    @Test
    void chosenTokens() {
        assertThat(AddressTokens.isIndex("0")).isTrue();
        assertThat(AddressTokens.isIndex("012")).isFalse();
        assertThat(AddressTokens.isIndex("123456789")).isTrue();
        assertThat(AddressTokens.isIndex("1234567890")).isFalse();
        assertThat(AddressTokens.isName("task_type")).isTrue();
        assertThat(AddressTokens.isConstantName("SOURCE_DATA_TYPE")).isTrue();
        assertThat(AddressTokens.isName("")).isFalse();
    }

    @Test
    void agreeWithTheRegularExpressionsOnRandomTokens() {
        Random random = new Random(20261205L);
        for (int round = 0; round < 30_000; round++) {
            StringBuilder token = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String t = token.toString();
            assertThat(AddressTokens.isIndex(t)).as(t).isEqualTo(t.matches(INDEX));
            assertThat(AddressTokens.isName(t)).as(t).isEqualTo(t.matches(NAME));
            assertThat(AddressTokens.isConstantName(t)).as(t).isEqualTo(t.matches(CONSTANT));
        }
    }
}
