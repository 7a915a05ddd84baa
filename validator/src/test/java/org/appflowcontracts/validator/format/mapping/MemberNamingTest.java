package org.appflowcontracts.validator.format.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemberNamingTest {

    @Test
    void conventionsSpellApiMembers() {
        assertThat(MemberNaming.byDataName("PascalCase").apply("idFieldNames")).isEqualTo("IdFieldNames");
        assertThat(MemberNaming.PASCAL_CASE.apply("SAPOData")).isEqualTo("SAPOData");
        assertThat(MemberNaming.byDataName("camelCase").apply("kmsArn")).isEqualTo("kmsArn");
        assertThat(MemberNaming.byDataName("snake_case").apply("idFieldNames")).isEqualTo("id_field_names");
        assertThat(MemberNaming.SNAKE_CASE.apply("s3InputFileType")).isEqualTo("s3_input_file_type");
        assertThat(MemberNaming.SNAKE_CASE.apply("SAPOData")).isEqualTo("sapo_data");
        assertThat(MemberNaming.SNAKE_CASE.apply("EventBridge")).isEqualTo("event_bridge");
        assertThat(MemberNaming.SNAKE_CASE.apply("kmsArn")).isEqualTo("kms_arn");
    }

    @Test
    void anUnknownConventionIsNamed() {
        assertThatThrownBy(() -> MemberNaming.byDataName("kebab-case")).hasMessageContaining("kebab-case");
    }
}
