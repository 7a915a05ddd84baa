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
        assertThat(JavaNames.constant("3pl")).isEqualTo("V_3_PL");
    }

    @Test
    void membersAreLegalIdentifiers() {
        assertThat(JavaNames.member("connectorProfileName")).isEqualTo("connectorProfileName");
        assertThat(JavaNames.member("default")).isEqualTo("default_");
        assertThat(JavaNames.member("hashCode")).isEqualTo("hashCode_");
        assertThat(JavaNames.member("x-amz-id")).isEqualTo("xAmzId");
        assertThat(JavaNames.member("SAPOData")).isEqualTo("sapoData");
        assertThat(JavaNames.member("KMSArn")).isEqualTo("kmsArn");
        assertThat(JavaNames.member("EventBridge")).isEqualTo("eventBridge");
        assertThat(JavaNames.member("S3")).isEqualTo("s3");
        assertThat(JavaNames.member("GoogleAnalytics")).isEqualTo("googleAnalytics");
        assertThat(JavaNames.member("URL")).isEqualTo("url");
        assertThat(JavaNames.type("rules/pipe.rules")).isEqualTo("RulesPipeRules");
    }

    /**
     * Members and enum constants split a name into the same words, as the AWS SDK for Java 2 does
     * ({@code ConnectorType.SAPO_DATA} and {@code SourceConnectorProperties.sapoData()} there too).
     */
    @Test
    void membersAndConstantsSplitWordsAlike() {
        for (String name : new String[] {"SAPOData", "KMSArn", "EventBridge", "CustomerProfiles", "S3",
                "LookoutMetrics", "Map_all", "x-amz-id", "s3ec2", "TESTv4"}) {
            String member = JavaNames.member(name);
            String constant = JavaNames.constant(name);
            assertThat(constant.replace("_", "")).as(name).isEqualToIgnoringCase(member);
            assertThat(String.join("_", JavaNames.words(name))).as(name).isEqualToIgnoringCase(constant);
        }
        assertThat(JavaNames.words("SAPOData")).containsExactly("SAPO", "Data");
        assertThat(JavaNames.words("ACMSuccess")).containsExactly("ACM", "Success");
        assertThat(JavaNames.words("s3ec2")).containsExactly("s3", "ec2");
        assertThat(JavaNames.words("TESTv4")).containsExactly("TEST", "v4");
        assertThat(JavaNames.words("acm-success")).containsExactly("acm", "success");
        assertThat(JavaNames.constant("TESTv4")).isEqualTo("TEST_V4");
        assertThat(JavaNames.member("S3Bucket")).isEqualTo("s3Bucket");
    }
}
