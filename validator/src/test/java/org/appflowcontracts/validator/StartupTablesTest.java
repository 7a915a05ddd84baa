package org.appflowcontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.format.mapping.ApiShapes;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.appflowcontracts.validator.rules.ClockRules;
import org.appflowcontracts.validator.tables.StartupTables;
import org.junit.jupiter.api.Test;

/**
 * The tables compiled into the build say exactly what the schemas say today: a stale or partial generated class
 * (a schema edited without a rebuild of its table) fails here, and a run reads the compiled tables, not the
 * resources.
 */
class StartupTablesTest {

    private static List<List<String>> rows(String[][] records) {
        List<List<String>> rows = new ArrayList<>();
        for (String[] record : records) {
            rows.add(List.of(record));
        }
        return rows;
    }

    private static List<List<String>> rows(List<String[]> records) {
        return rows(records.toArray(new String[0][]));
    }

    @Test
    void theCompiledTablesEqualWhatTheWriterWorksOutFromTheSchemas() {
        StartupTables compiled = StartupTables.shipped().orElseThrow();
        Map<String, List<String[]>> now = StartupTablesWriter.tables();
        assertThat(now.keySet()).containsExactly("ruleMetadata", "documentKinds", "clockRules", "apiShapes",
                "formatMappings");
        assertThat(rows(compiled.ruleMetadata())).hasSizeGreaterThan(100).isEqualTo(rows(now.get("ruleMetadata")));
        assertThat(rows(compiled.documentKinds())).isEqualTo(rows(now.get("documentKinds")));
        assertThat(rows(compiled.clockRules())).isNotEmpty().isEqualTo(rows(now.get("clockRules")));
        assertThat(rows(compiled.apiShapes())).hasSizeGreaterThan(400).isEqualTo(rows(now.get("apiShapes")));
        assertThat(rows(compiled.formatMappings())).hasSize(3).isEqualTo(rows(now.get("formatMappings")));
    }

    @Test
    void documentKindsFromTheTableEqualTheResourcesRows() {
        List<DocumentKinds.Row> fromResource = DocumentKinds.fromResource();
        assertThat(DocumentKinds.shipped()).isEqualTo(fromResource)
                .isEqualTo(DocumentKinds.fromRecords(DocumentKinds.records(fromResource).toArray(new String[0][])));
        assertThat(fromResource).anySatisfy(row -> assertThat(row.fileNamePrefix()).isNotNull())
                .anySatisfy(row -> assertThat(row.none()).isNotEmpty());
    }

    @Test
    void clockRulesForChecksCarryWhatAFindingNeeds() {
        List<ClockRules.ClockRule> full = ClockRules.shipped().rules();
        List<ClockRules.ClockRule> checked = ClockRules.forChecks().rules();
        assertThat(checked).hasSameSizeAs(full).isNotEmpty();
        for (int i = 0; i < full.size(); i++) {
            ClockRules.ClockRule a = full.get(i);
            ClockRules.ClockRule b = checked.get(i);
            assertThat(b.operations()).isEqualTo(a.operations());
            assertThat(b.pointer()).isEqualTo(a.pointer());
            assertThat(List.of(b.info().id(), b.info().severity(), b.info().summary(), b.info().message(),
                    b.info().schemaDocument(), b.info().schemaPointer(), String.valueOf(b.info().reportedAs())))
                    .isEqualTo(List.of(a.info().id(), a.info().severity(), a.info().summary(), a.info().message(),
                            a.info().schemaDocument(), a.info().schemaPointer(), String.valueOf(a.info().reportedAs())));
        }
    }

    @Test
    void theShippedCatalogChoosesTheSameSchemasAsTheClassPathSays() {
        OperationCatalog fromTables = OperationCatalog.shipped();
        OperationCatalog fromClassPath = OperationCatalog.fromServiceModel();
        assertThat(fromTables.documentKinds()).hasSize(50).isEqualTo(fromClassPath.documentKinds())
                .anySatisfy(kind -> assertThat(kind.schemaIri()).endsWith("CreateFlowRequest.contract.schema.json"));
    }

    @Test
    void templateShapesAndMappingsFromTheTablesEqualTheSchemas() {
        ApiShapes fromSchema = ApiShapes.fromSchema();
        ApiShapes shipped = ApiShapes.shipped();
        for (String[] record : StartupTables.shipped().orElseThrow().apiShapes()) {
            assertThat(shipped.shape(record[1])).isEqualTo(fromSchema.shape(record[1]));
        }
        assertThat(shipped.shape("CreateFlowRequest")).isInstanceOf(ApiShapes.ObjectShape.class);
        for (String[] record : StartupTables.shipped().orElseThrow().formatMappings()) {
            assertThat(FormatMapping.shipped(record[0])).isEqualTo(FormatMapping.of(FormatMapping.fromSchemas(record[0])));
        }
    }
}
