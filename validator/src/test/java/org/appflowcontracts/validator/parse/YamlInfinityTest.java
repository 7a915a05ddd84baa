package org.appflowcontracts.validator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** YAML's core-schema infinities and not-a-numbers, the spellings a request cannot carry. */
class YamlInfinityTest {

    @Test
    void theCoreSchemaSpellingsAreRecognised() {
        for (String text : new String[] {".inf", ".Inf", ".INF", "+.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN"}) {
            assertThat(LocatedParser.isYamlInfinityOrNan(text)).as(text).isTrue();
        }
    }

    @Test
    void otherSpellingsAndNumbersAreNot() {
        for (String text : new String[] {"1.5", "-1e3", ".iNf", "inf", "-.nan", "+.NaN", "..inf", ".inf0", "", "-", "+"}) {
            assertThat(LocatedParser.isYamlInfinityOrNan(text)).as(text).isFalse();
        }
    }
}
