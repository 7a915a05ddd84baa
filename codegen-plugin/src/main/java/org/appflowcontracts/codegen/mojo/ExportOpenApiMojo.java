package org.appflowcontracts.codegen.mojo;

import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.appflowcontracts.export.ContractExport;
import org.appflowcontracts.export.ExportException;

/**
 * Exports a contract as an OpenAPI 3.1 document and editor schemas: the service model gives paths, methods and
 * errors; the contracts folder (yours, with house rules, or the shipped one) gives the schemas and rule overlays.
 */
@Mojo(name = "export-openapi", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true,
        requiresProject = false)
public class ExportOpenApiMojo extends AbstractMojo {

    /** The botocore service model (JSON) the contracts folder was imported from. */
    @Parameter(property = "appflow.modelFile", required = true)
    private File modelFile;

    /** The contracts folder: {@code shapes.schema.json}, the entry schemas, contracts and rule overlays. */
    @Parameter(property = "appflow.contractsDirectory", required = true)
    private File contractsDirectory;

    /** Where {@code <service>-<version>.openapi.json} and {@code editor/*.editor.schema.json} are written. */
    @Parameter(property = "appflow.exportDirectory",
            defaultValue = "${project.build.directory}/appflow-contracts/export")
    private File outputDirectory;

    /** Complete request bodies ({@code <Operation>Request.example.json}) the editor schemas offer as examples. */
    @Parameter(property = "appflow.examplesDirectory")
    private File examplesDirectory;

    /** The validator's message data ({@code formats}): each shape's pattern in words, for the editor schemas. */
    @Parameter(property = "appflow.formatWordsFile")
    private File formatWordsFile;

    /** The IRI prefix under which the editor schemas are published (their {@code $id}). */
    @Parameter(property = "appflow.editorIdBase", defaultValue = "https://schemas.appflowcontracts.org/export/editor/")
    private String editorIdBase;

    @Override
    public void execute() throws MojoFailureException {
        if (!modelFile.isFile()) {
            throw new MojoFailureException("model file not found: " + modelFile);
        }
        if (!contractsDirectory.isDirectory()) {
            throw new MojoFailureException("contracts folder not found: " + contractsDirectory);
        }
        try {
            Map<String, String> files = ContractExport.write(modelFile.toPath(), contractsDirectory.toPath(),
                    editorIdBase, examplesDirectory == null ? null : examplesDirectory.toPath(),
                    formatWordsFile == null ? null : formatWordsFile.toPath(), outputDirectory.toPath());
            getLog().info("Exported " + String.join(", ", files.keySet()) + " to " + outputDirectory);
        } catch (ExportException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
