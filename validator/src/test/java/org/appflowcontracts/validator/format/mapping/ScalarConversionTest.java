package org.appflowcontracts.validator.format.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.appflowcontracts.validator.format.Unknowns;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Terraform's conversions between primitive types, as the mapping applies them to a scalar member's value. */
class ScalarConversionTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void aStringHoldingADecimalBecomesTheNumberTheMemberExpects() {
        assertThat(ScalarConversion.convert(NODES.stringNode("128"), "integer")).isEqualTo(NODES.numberNode(
                java.math.BigInteger.valueOf(128)));
        assertThat(ScalarConversion.convert(NODES.stringNode("-2.5e1"), "number").decimalValue())
                .isEqualByComparingTo("-25");
    }

    @Test
    void aStringThatIsNoWholeNumberStaysAsWrittenForTheContractToReport() {
        JsonNode fraction = NODES.stringNode("12.5");
        JsonNode word = NODES.stringNode("many");
        assertThat(ScalarConversion.convert(fraction, "integer")).isSameAs(fraction);
        assertThat(ScalarConversion.convert(word, "number")).isSameAs(word);
    }

    @Test
    void onlyTrueAndFalseBecomeBooleans() {
        assertThat(ScalarConversion.convert(NODES.stringNode("true"), "boolean")).isEqualTo(NODES.booleanNode(true));
        assertThat(ScalarConversion.convert(NODES.stringNode("false"), "boolean")).isEqualTo(NODES.booleanNode(false));
        JsonNode yes = NODES.stringNode("yes");
        assertThat(ScalarConversion.convert(yes, "boolean")).isSameAs(yes);
    }

    @Test
    void aNumberOrBooleanBecomesItsShortestText() {
        assertThat(ScalarConversion.convert(NODES.numberNode(new java.math.BigDecimal("1.0")), "string"))
                .isEqualTo(NODES.stringNode("1"));
        assertThat(ScalarConversion.convert(NODES.numberNode(2024), "string")).isEqualTo(NODES.stringNode("2024"));
        assertThat(ScalarConversion.convert(NODES.booleanNode(true), "string")).isEqualTo(NODES.stringNode("true"));
    }

    @Test
    void unknownValuesAndOtherTypesAreLeftAlone() {
        JsonNode unknown = Unknowns.unknown("var.size");
        assertThat(ScalarConversion.convert(unknown, "integer")).isSameAs(unknown);
        assertThat(ScalarConversion.converts("")).isFalse();
        assertThat(ScalarConversion.converts("integer")).isTrue();
    }
}
