package org.appflowcontracts.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AntPatternTest {

    @Test
    void doubleStarMatchesNoFolderAndAnyFolders() {
        AntPattern json = AntPattern.of("**/*.json");
        assertThat(json.matches("flow.json")).isTrue();
        assertThat(json.matches("a/b/flow.json")).isTrue();
        assertThat(json.matches("flow.json5")).isFalse();
        assertThat(json.matches("flow.yaml")).isFalse();
    }

    @Test
    void singleStarAndQuestionMarkStayWithinOneName() {
        assertThat(AntPattern.of("*.tf").matches("main.tf")).isTrue();
        assertThat(AntPattern.of("*.tf").matches("env/main.tf")).isFalse();
        assertThat(AntPattern.of("flow-?.json").matches("flow-1.json")).isTrue();
        assertThat(AntPattern.of("flow-?.json").matches("flow-12.json")).isFalse();
    }

    @Test
    void folderPatternsAndTrailingSlashMeanEverythingBelow() {
        assertThat(AntPattern.of("legacy/").matches("legacy/old/flow.json")).isTrue();
        assertThat(AntPattern.of("legacy/**").matches("legacy/flow.json")).isTrue();
        assertThat(AntPattern.of("legacy/**").matches("current/flow.json")).isFalse();
        assertThat(AntPattern.of("**/drafts/**").matches("team/drafts/x.json")).isTrue();
        assertThat(AntPattern.of("**/drafts/**").matches("drafts/x.json")).isTrue();
    }

    @Test
    void regexCharactersInNamesAreLiteral() {
        assertThat(AntPattern.of("a+b (1).json").matches("a+b (1).json")).isTrue();
        assertThat(AntPattern.of("a.json").matches("abjson")).isFalse();
        assertThat(AntPattern.of("\\flows\\*.json").matches("flows/x.json")).isTrue();
    }
}
