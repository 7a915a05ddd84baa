package org.appflowcontracts.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.Map;
import org.appflowcontracts.codegen.importer.AwsModelImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export knows no service in particular: a second, small public model (AWS SSO portal: query-string and
 * header members, bodiless GETs) imported and exported gives a valid document with those bindings.
 */
class SecondModelExportTest {

    private static final Path MODEL = Path.of("src", "test", "resources", "sso", "service-2.json");

    @TempDir
    Path contracts;

    @Test
    void theSsoPortalModelExportsItsQueryAndHeaderParametersAndNoBodies() {
        AwsModelImporter.importModel(MODEL, contracts);

        Map<String, String> files = ContractExport.render(MODEL, contracts, "https://example.org/editor/");

        assertThat(files).containsOnlyKeys("portal.sso-2019-06-10.openapi.json");
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser()
                .readContents(files.get("portal.sso-2019-06-10.openapi.json"), null, options);
        assertThat(result.getMessages()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        Operation credentials = api.getPaths().get("/federation/credentials").getGet();
        assertThat(credentials.getParameters())
                .extracting(p -> p.getName() + " in " + p.getIn() + (p.getRequired() ? " required" : ""))
                .containsExactly("x-amz-sso_bearer_token in header required", "account_id in query required",
                        "role_name in query required");
        assertThat(credentials.getRequestBody()).isNull();
        assertThat(credentials.getResponses()).containsKeys("200", "400", "401", "404", "429");
        Operation logout = api.getPaths().get("/logout").getPost();
        assertThat(logout.getRequestBody()).isNull();
        assertThat(logout.getResponses().get("200").getContent()).isNull();
        assertThat(api.getPaths().get("/assignment/accounts").getGet().getParameters())
                .extracting(p -> p.getName() + (p.getRequired() ? " required" : ""))
                .contains("max_result", "next_token");
    }
}
