package org.appflowcontracts.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document and editor schemas are exactly what the exporter makes of the committed model and
 * contracts folder (a golden test). {@code -Dappflow.regenerate=true} rewrites them after a deliberate change.
 */
class ExportRegenerationTest {

    @Test
    void theCommittedExportIsWhatTheExporterWrites() throws Exception {
        if (Boolean.getBoolean("appflow.regenerate")) {
            ContractExport.write(ExportFiles.MODEL, ExportFiles.CONTRACTS, ExportFiles.EDITOR_ID_BASE,
                    ExportFiles.EXAMPLES, ExportFiles.FORMAT_WORDS, ExportFiles.COMMITTED);
        }
        Map<String, String> rendered = ContractExport.render(ExportFiles.MODEL, ExportFiles.CONTRACTS,
                ExportFiles.EDITOR_ID_BASE, ExportFiles.EXAMPLES, ExportFiles.FORMAT_WORDS);

        assertThat(rendered).containsOnlyKeys("appflow-2020-08-23.openapi.json",
                "editor/CreateFlowRequest.editor.schema.json", "editor/UpdateFlowRequest.editor.schema.json");
        for (Map.Entry<String, String> file : rendered.entrySet()) {
            assertThat(ExportFiles.COMMITTED.resolve(file.getKey())).as(file.getKey()).hasContent(file.getValue());
        }
        try (Stream<Path> committed = Files.walk(ExportFiles.COMMITTED)) {
            assertThat(committed.filter(Files::isRegularFile).count()).isEqualTo(rendered.size());
        }
    }

    @Test
    void twoRendersAreByteIdentical() {
        assertThat(ContractExport.render(ExportFiles.MODEL, ExportFiles.CONTRACTS, ExportFiles.EDITOR_ID_BASE))
                .isEqualTo(ContractExport.render(ExportFiles.MODEL, ExportFiles.CONTRACTS, ExportFiles.EDITOR_ID_BASE));
    }
}
