package org.appflowcontracts.validator.format.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name written as a value becomes the interned instance of its text, within bounds. */
class CanonicalNamesTest {

    @Test
    void aShortNameIsTheInternedInstance() {
        String read = new String("SOURCE_DATA_TYPE");
        assertThat(read).isNotSameAs("SOURCE_DATA_TYPE");
        assertThat(CanonicalNames.of(read)).isSameAs("SOURCE_DATA_TYPE");
        assertThat(CanonicalNames.of(new String("SOURCE_DATA_TYPE"))).isSameAs("SOURCE_DATA_TYPE");
    }

    @Test
    void aVeryLongNameIsLeftAsItIs() {
        String longName = "k".repeat(500);
        assertThat(CanonicalNames.of(longName)).isSameAs(longName);
    }
}
