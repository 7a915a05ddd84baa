package org.appflowcontracts.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appflowcontracts.openapi.client.ApiClient;
import org.appflowcontracts.openapi.client.ApiException;
import org.appflowcontracts.openapi.client.api.AppflowApi;
import org.appflowcontracts.openapi.client.model.CreateFlowRequestContract;
import org.appflowcontracts.openapi.client.model.CreateFlowResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client OpenAPI Generator made from the exported document, against a stub endpoint that checks what arrives
 * with the validator: paths, methods, path and query parameters, bodies and modelled errors, end to end.
 */
class GeneratedClientContractTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    private StubAppflowServer server;
    private AppflowApi api;

    @BeforeEach
    void startTheStub() throws Exception {
        server = new StubAppflowServer();
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUri());
        api = new AppflowApi(client);
    }

    @AfterEach
    void stopTheStub() {
        server.close();
    }

    @Test
    void aValidFlowIsPostedToCreateFlowAndTheResponseIsReadIntoItsModel() throws Exception {
        CreateFlowResponse response = api.createFlow(request("salesforce-to-s3.json"));

        assertThat(response.getFlowArn()).isEqualTo("arn:aws:appflow:us-east-1:123456789012:flow/stub");
        assertThat(response.getFlowStatus()).hasToString("Active");
        assertThat(server.seen()).containsExactly(new StubAppflowServer.Seen("POST", "/create-flow", null));
    }

    @Test
    void aBrokenFlowComesBackAsTheModelledValidationException() throws Exception {
        CreateFlowRequestContract broken = request("salesforce-upsert-missing-id-fields.json");

        assertThatThrownBy(() -> api.createFlow(broken)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(400);
            assertThat(e.getResponseBody()).contains("DEST_WRITE_OP_NEEDS_ID_FIELDS");
        });
    }

    @Test
    void untagResourceSendsThePathParameterAndTheRepeatedQueryParameter() throws Exception {
        api.untagResource("arn:aws:appflow:us-east-1:123456789012:flow/stub", List.of("team", "cost-center"));

        assertThat(server.seen()).singleElement().satisfies(seen -> {
            assertThat(seen.method()).isEqualTo("DELETE");
            assertThat(seen.path()).isEqualTo("/tags/arn:aws:appflow:us-east-1:123456789012:flow/stub");
            assertThat(seen.query()).isEqualTo("tagKeys=team&tagKeys=cost-center");
        });
    }

    private CreateFlowRequestContract request(String example) throws Exception {
        String json = Files.readString(EXAMPLES.resolve(example));
        return ApiClient.createDefaultObjectMapper().readValue(json, CreateFlowRequestContract.class);
    }
}
