package org.appflowcontracts.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.appflowcontracts.codegen.model.Keyword;
import org.junit.jupiter.api.Test;

class BoundsPhraseTest {

    @Test
    void nothingToSayWithoutBounds() {
        assertThat(BoundsPhrase.of(List.of())).isEmpty();
        assertThat(BoundsPhrase.of(List.of(new Keyword.MinLength(0)))).as("no real lower bound").isEmpty();
    }

    @Test
    void lengthsAndSizesNameTheTighterBoundWhenMemberAndShapeBothBoundIt() {
        assertThat(BoundsPhrase.of(List.of(new Keyword.MaxLength(256), new Keyword.MinLength(1),
                new Keyword.MaxLength(128)))).isEqualTo("1 to 128 characters");
        assertThat(BoundsPhrase.of(List.of(new Keyword.MinItems(1)))).isEqualTo("at least 1 item");
        assertThat(BoundsPhrase.of(List.of(new Keyword.MaxItems(1)))).isEqualTo("at most 1 item");
        assertThat(BoundsPhrase.of(List.of(new Keyword.MinLength(3), new Keyword.MaxLength(3))))
                .isEqualTo("3 characters");
    }

    @Test
    void numericRangesSayWhetherTheyIncludeTheirEnds() {
        assertThat(BoundsPhrase.of(List.of(bound("minimum", "1", false, false), bound("maximum", "10000", true, false))))
                .isEqualTo("from 1 to 10000");
        assertThat(BoundsPhrase.of(List.of(bound("exclusiveMinimum", "0", false, true))))
                .isEqualTo("greater than 0");
        assertThat(BoundsPhrase.of(List.of(bound("minimum", "0", false, false), bound("exclusiveMinimum", "0", false,
                true), bound("maximum", "2.50", true, false)))).isEqualTo("greater than 0 and at most 2.5");
    }

    @Test
    void patternsAreQuotedSafelyForJavadoc() {
        assertThat(BoundsPhrase.of(List.of(new Keyword.Pattern("a*/b@c<d>"), new Keyword.Pattern("a*/b@c<d>"),
                new Keyword.MaxLength(5))))
                .isEqualTo("at most 5 characters; matches <code>a*&#47;b&#64;c&lt;d&gt;</code>");
        // A backslash-u sequence would be decoded by javac inside the comment.
        assertThat(BoundsPhrase.of(List.of(new Keyword.Pattern("[^\\u2028]")))).isEqualTo("matches <code>[^&#92;u2028]</code>");
    }

    @Test
    void aShippedPatternIsDescribedInWordsNotAsAnEscapedExpression() {
        String kmsArn = "^(?:arn:aws:kms:[^\\n\\r\\u0085\\u2028\\u2029]*:[0-9]+:[^\\n\\r\\u0085\\u2028\\u2029]*)$"
                + "(?![\\n\\r\\u0085\\u2028\\u2029])";
        assertThat(BoundsPhrase.of(List.of(new Keyword.MinLength(20), new Keyword.Pattern(kmsArn))))
                .isEqualTo("at least 20 characters; format: a KMS key ARN: arn:aws:kms:REGION:ACCOUNT-ID:key/KEY-ID");
    }

    private static Keyword.Bound bound(String name, String value, boolean upper, boolean exclusive) {
        return new Keyword.Bound(name, new BigDecimal(value), upper, exclusive);
    }
}
