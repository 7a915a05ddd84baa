package org.appflowcontracts.codegen.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

    private static final NamingWords ODATA = NamingWords.of("OData");

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

    /** The user's words: SAP OData, not SAPO Data, once OData is a naming word; type names keep the schemas' spelling. */
    @Test
    void namingWordsStayWhole() {
        assertThat(JavaNames.words("SAPOData", ODATA)).containsExactly("SAP", "OData");
        assertThat(JavaNames.member("SAPOData", ODATA)).isEqualTo("sapOData");
        assertThat(JavaNames.constant("SAPOData", ODATA)).isEqualTo("SAP_ODATA");
        assertThat(JavaNames.member("OData", ODATA)).isEqualTo("odata");
        assertThat(JavaNames.member("SAPODataVersion", ODATA)).isEqualTo("sapODataVersion");
        assertThat(JavaNames.constant("sap-OData-v2", ODATA)).isEqualTo("SAP_ODATA_V2");
        assertThat(JavaNames.type("SAPODataConnectorProfileProperties"))
                .isEqualTo("SAPODataConnectorProfileProperties");
    }

    @Test
    void aNamingWordOnlyMatchesWhereAWordCanEnd() {
        // "ODatabase" goes on with lowercase letters: not the word OData.
        assertThat(JavaNames.words("SAPODatabase", ODATA)).containsExactly("SAPO", "Database")
                .isEqualTo(JavaNames.letterWords("SAPODatabase"));
        assertThat(JavaNames.words("KMSArn", ODATA)).containsExactly("KMS", "Arn");
        assertThat(JavaNames.member("Odata", ODATA)).isEqualTo("odata");
        // A word that starts in lower case only matches where no letter or digit precedes it.
        NamingWords ebay = NamingWords.of("eBay");
        assertThat(JavaNames.words("eBayOrders", ebay)).containsExactly("eBay", "Orders");
        assertThat(JavaNames.member("eBayOrders", ebay)).isEqualTo("ebayOrders");
        assertThat(JavaNames.words("TheeBay", ebay)).isEqualTo(JavaNames.letterWords("TheeBay"));
    }

    @Test
    void theLongerWordWinsWhereTwoStartAtTheSamePlace() {
        NamingWords words = NamingWords.of("OData", "ODataV4");
        assertThat(words.words()).containsExactly("ODataV4", "OData");
        assertThat(JavaNames.words("SAPODataV4Source", words)).containsExactly("SAP", "ODataV4", "Source");
        assertThatThrownBy(() -> NamingWords.of("O-Data")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Members and enum constants split a name into the same words, as the AWS SDK for Java 2 does
     * ({@code ConnectorType.SAPO_DATA} and {@code SourceConnectorProperties.sapoData()} there too), with naming
     * words or without.
     */
    @Test
    void membersAndConstantsSplitWordsAlike() {
        for (NamingWords known : new NamingWords[] {NamingWords.none(), ODATA}) {
            for (String name : new String[] {"SAPOData", "KMSArn", "EventBridge", "CustomerProfiles", "S3",
                    "LookoutMetrics", "Map_all", "x-amz-id", "s3ec2", "TESTv4", "SAPODataVersion"}) {
                String member = JavaNames.member(name, known);
                String constant = JavaNames.constant(name, known);
                assertThat(constant.replace("_", "")).as(name).isEqualToIgnoringCase(member);
                assertThat(String.join("_", JavaNames.words(name, known))).as(name).isEqualToIgnoringCase(constant);
            }
        }
        assertThat(JavaNames.words("SAPOData", NamingWords.none())).containsExactly("SAPO", "Data");
        assertThat(JavaNames.letterWords("ACMSuccess")).containsExactly("ACM", "Success");
        assertThat(JavaNames.letterWords("s3ec2")).containsExactly("s3", "ec2");
        assertThat(JavaNames.letterWords("TESTv4")).containsExactly("TEST", "v4");
        assertThat(JavaNames.letterWords("acm-success")).containsExactly("acm", "success");
        assertThat(JavaNames.constant("TESTv4")).isEqualTo("TEST_V4");
        assertThat(JavaNames.member("S3Bucket")).isEqualTo("s3Bucket");
    }
}
