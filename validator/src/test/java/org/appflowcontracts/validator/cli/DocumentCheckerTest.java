package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentCheckerTest {

    @Test
    void parserMessagesBecomeOneLineWithoutParserInternals() {
        assertThat(DocumentChecker.condensedParserMessage("malformed JSON: Unexpected end-of-input: expected close marker for Object "
                + "(start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); "
                + "byte offset: #UNKNOWN])"))
                .isEqualTo("malformed JSON: Unexpected end-of-input: expected close marker for Object");
        assertThat(DocumentChecker.condensedParserMessage("while parsing a flow sequence\n in 'reader', line 3, column 16:\n"
                + "      triggerType: [OnDemand\n                   ^\nexpected ',' or ']'"))
                .isEqualTo("while parsing a flow sequence; triggerType: [OnDemand; expected ',' or ']'");
        assertThat(DocumentChecker.condensedParserMessage(null)).isEqualTo("not a readable JSON or YAML document");
    }
}
