package org.appflowcontracts.codegen.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void enumConstantsFollowWireValues() {
        assertThat(JavaNames.constant("Map_all")).isEqualTo("MAP_ALL");
        assertThat(JavaNames.constant("Googleanalytics")).isEqualTo("GOOGLEANALYTICS");
        assertThat(JavaNames.constant("SAPOData")).isEqualTo("SAPO_DATA");
        assertThat(JavaNames.constant("CustomConnector")).isEqualTo("CUSTOM_CONNECTOR");
        assertThat(JavaNames.constant("PENDING")).isEqualTo("PENDING");
        assertThat(JavaNames.constant("3pl")).isEqualTo("V_3PL");
    }

    @Test
    void membersAreLegalIdentifiers() {
        assertThat(JavaNames.member("connectorProfileName")).isEqualTo("connectorProfileName");
        assertThat(JavaNames.member("default")).isEqualTo("default_");
        assertThat(JavaNames.member("hashCode")).isEqualTo("hashCode_");
        assertThat(JavaNames.member("x-amz-id")).isEqualTo("xAmzId");
        assertThat(JavaNames.member("SAPOData")).isEqualTo("SAPOData");
        assertThat(JavaNames.member("KMSArn")).isEqualTo("KMSArn");
        assertThat(JavaNames.member("EventBridge")).isEqualTo("eventBridge");
        assertThat(JavaNames.member("S3")).isEqualTo("s3");
        assertThat(JavaNames.member("GoogleAnalytics")).isEqualTo("googleAnalytics");
        assertThat(JavaNames.member("URL")).isEqualTo("url");
        assertThat(JavaNames.type("rules/pipe.rules")).isEqualTo("RulesPipeRules");
    }
}
