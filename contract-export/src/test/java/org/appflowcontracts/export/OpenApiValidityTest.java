package org.appflowcontracts.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exported document is read by swagger-parser (the parser OpenAPI Generator uses) without a message. */
class OpenApiValidityTest {

    @Test
    void swaggerParserReadsTheDocumentWithoutErrorsOrWarnings() throws Exception {
        String text = Files.readString(ExportFiles.COMMITTED.resolve("appflow-2020-08-23.openapi.json"));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);

        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);

        assertThat(result.getMessages()).as("parser messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        long operations = api.getPaths().values().stream().mapToLong(p -> p.readOperations().size()).sum();
        assertThat(operations).isEqualTo(25);
        assertThat(api.getPaths().get("/create-flow").getPost().getOperationId()).isEqualTo("CreateFlow");
        assertThat(api.getPaths().get("/tags/{resourceArn}").getDelete().getParameters())
                .extracting(p -> p.getName() + " in " + p.getIn()).containsExactly("resourceArn in path",
                        "tagKeys in query");
        assertThat(api.getPaths().get("/create-flow").getPost().getResponses())
                .containsKeys("200", "400", "401", "402", "403", "404", "409", "500");
        Map<String, ?> schemas = api.getComponents().getSchemas();
        assertThat(schemas).containsKeys("CreateFlowRequest", "CreateFlowRequestContract", "TagResourceRequestBody");
        assertThat((List<?>) api.getComponents().getSchemas().get("CreateFlowRequestContract").getExtensions()
                .get("x-appflow-rules")).hasSizeGreaterThan(50);
    }
}
