package org.appflowcontracts.codegen.mojo;

import java.io.File;
import java.io.UncheckedIOException;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.appflowcontracts.codegen.importer.AwsModelImporter;
import org.appflowcontracts.codegen.importer.ModelFormatException;

/** Imports a botocore service model into JSON Schema 2020-12 documents. */
@Mojo(name = "import-aws-model", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true,
        requiresProject = false)
public class ImportAwsModelMojo extends AbstractMojo {

    /** The botocore service model (JSON). */
    @Parameter(property = "appflow.modelFile", required = true)
    private File modelFile;

    /**
     * Directory receiving {@code shapes.schema.json} and the per-operation entry schemas. Its property differs from
     * the {@code generate} goal's {@code appflow.outputDirectory}, so one command line can never redirect both.
     */
    @Parameter(property = "appflow.importDirectory", required = true)
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!modelFile.isFile()) {
            throw new MojoFailureException("model file not found: " + modelFile);
        }
        try {
            int count = AwsModelImporter.importModel(modelFile.toPath(), outputDirectory.toPath()).size();
            getLog().info("Imported " + modelFile + ": " + count + " schema files in " + outputDirectory);
        } catch (ModelFormatException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
