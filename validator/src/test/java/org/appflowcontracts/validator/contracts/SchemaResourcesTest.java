package org.appflowcontracts.validator.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaResourcesTest {

    private static final SchemaResources FIXTURE = new SchemaResources("engine/schemas");

    @Test
    void iriUnderThePrefixMapsToAClasspathResource() {
        String iri = SchemaResources.ID_PREFIX + "appflow/test/shapes.schema.json#/$defs/Name";
        assertThat(FIXTURE.resourceName(iri)).contains("engine/schemas/appflow/test/shapes.schema.json");
        assertThat(FIXTURE.exists(iri)).isTrue();
        assertThat(FIXTURE.read(iri).orElseThrow().path("$id").asString())
                .isEqualTo(SchemaResources.ID_PREFIX + "appflow/test/shapes.schema.json");
    }

    @Test
    void otherIrisAreNeverResolved() {
        assertThat(FIXTURE.resourceName("https://example.com/appflow/test/shapes.schema.json")).isEmpty();
        assertThat(FIXTURE.exists("https://json-schema.org/draft/2020-12/schema")).isFalse();
        assertThat(FIXTURE.read(SchemaResources.ID_PREFIX + "appflow/test/missing.json")).isEmpty();
    }

    @Test
    void shippedContractsLiveUnderSchemas() {
        assertThat(SchemaResources.shipped().exists(OperationCatalog.API_BASE + "shapes.schema.json")).isTrue();
    }
}
