package org.appflowcontracts.codegen.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.compiler.CompileResult;
import org.appflowcontracts.codegen.compiler.CompilerConfig;
import org.appflowcontracts.codegen.compiler.IncrementalCompiler;
import org.appflowcontracts.codegen.compiler.NamingFile;
import org.appflowcontracts.codegen.compiler.UpToDateCheck;
import org.appflowcontracts.codegen.parse.ClasspathSchemaSource;
import org.appflowcontracts.codegen.parse.DirectorySchemaSource;
import org.appflowcontracts.codegen.parse.FileListSchemaSource;
import org.appflowcontracts.codegen.parse.SchemaInput;
import org.appflowcontracts.codegen.parse.SchemaSource;

/**
 * Generates Java records, builders, enums and compiled validators from the AppFlow contract schemas.
 * By default the schemas come from the {@code appflow-contracts-schemas} artifact the plugin carries.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** Classpath folder of the bundled schemas, used when neither schemaDirectory nor schemaFiles is set. */
    static final String BUNDLED_SCHEMAS = "schemas/appflow/2020-08-23/";

    /** A directory of schema documents (searched recursively); relative {@code $ref}s resolve inside it. */
    @Parameter(property = "appflow.schemaDirectory")
    private File schemaDirectory;

    /** Explicit schema documents, relative to {@code schemaDirectory} (or the project directory when unset). */
    @Parameter(property = "appflow.schemaFiles")
    private List<String> schemaFiles;

    /** Root of the generated sources; added to the compile source roots. */
    @Parameter(property = "appflow.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/appflow")
    private File outputDirectory;

    /** Package of the generated records and enums; validators go to {@code <basePackage>.validation}. */
    @Parameter(property = "appflow.basePackage", defaultValue = "org.appflowcontracts.model")
    private String basePackage;

    /** Operations to generate for (e.g. {@code CreateFlow}); empty means every entry schema. */
    @Parameter(property = "appflow.operations")
    private List<String> operations;

    /** Generate a nested {@code Builder} with {@code builder()} and {@code toBuilder()} for each record. */
    @Parameter(property = "appflow.generateBuilders", defaultValue = "true")
    private boolean generateBuilders;

    /** Put Jackson binding annotations on records and enums. */
    @Parameter(property = "appflow.jacksonAnnotations", defaultValue = "true")
    private boolean jacksonAnnotations;

    /** Generate a compiled validator per entry schema. */
    @Parameter(property = "appflow.generateValidators", defaultValue = "true")
    private boolean generateValidators;

    /**
     * The naming file, relative to {@code schemaDirectory} (or the project directory with {@code schemaFiles}): words
     * that generated members and enum constants keep whole ({@code OData}: {@code sapOData}, {@code SAP_ODATA}).
     * Unset, {@code codegen-naming.json} is used when the schemas have one; set, the file must exist.
     */
    @Parameter(property = "appflow.namingFile")
    private String namingFile;

    /** Skip generation (the output directory is still added to the compile source roots). */
    @Parameter(property = "appflow.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        if (skip) {
            getLog().info("AppFlow contract generation skipped");
            return;
        }
        CompilerConfig config = config();
        Path marker = Path.of(project.getBuild().getDirectory(), "appflow-contracts",
                execution.getExecutionId() + ".sha256");
        try {
            long start = System.nanoTime();
            Optional<CompileResult> compiled = new IncrementalCompiler().compile(config, marker, pluginVersion());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (compiled.isEmpty()) {
                getLog().info("AppFlow contract sources are up to date");
                return;
            }
            CompileResult result = compiled.get();
            getLog().info(String.format("AppFlow contracts: %d records, %d enums, %d validators; %d files written, "
                            + "%d unchanged, %d removed in %d ms",
                    result.records(), result.enums(), result.validators(), result.written(), result.unchanged(),
                    result.deleted(), millis));
        } catch (SchemaCompileException e) {
            // Maven appends every cause's message to the build failure; the parser's cause repeats what the
            // message already says plus noise, so it goes to the debug log (-X) only.
            getLog().debug(e);
            throw new MojoFailureException("Schema " + schemaLocation(e));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot generate AppFlow contract sources: " + e.getMessage(), e);
        }
    }

    /**
     * The failure as {@code path#pointer: problem}, the path resolved against the schema root the user
     * configured so that it can be opened directly; bundled schemas keep their name inside the plugin.
     */
    private String schemaLocation(SchemaCompileException e) {
        Path root = schemaFiles != null && !schemaFiles.isEmpty() && schemaDirectory == null
                ? project.getBasedir().toPath() : schemaDirectory == null ? null : schemaDirectory.toPath();
        if (root == null) {
            return "(bundled) " + e.getMessage();
        }
        return root.resolve(e.file()).normalize() + e.getMessage().substring(e.file().length());
    }

    private CompilerConfig config() throws MojoFailureException {
        try {
            return new CompilerConfig(source(), outputDirectory.toPath(), basePackage,
                    new HashSet<>(operations == null ? List.of() : operations),
                    generateBuilders, jacksonAnnotations, generateValidators, naming());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private NamingFile naming() {
        return namingFile == null || namingFile.isBlank() ? NamingFile.optionalDefault()
                : new NamingFile(namingFile, true);
    }

    private SchemaSource source() {
        if (schemaFiles != null && !schemaFiles.isEmpty()) {
            Path root = schemaDirectory != null ? schemaDirectory.toPath() : project.getBasedir().toPath();
            List<Path> files = new ArrayList<>();
            for (String f : schemaFiles) {
                files.add(Path.of(f));
            }
            // An explicit list reads the naming file beside the schemas too, without the user listing it.
            Path naming = Path.of(naming().file());
            if (!files.contains(naming) && Files.isRegularFile(root.resolve(naming))) {
                files.add(naming);
            }
            return new FileListSchemaSource(root, files);
        }
        if (schemaDirectory != null) {
            return new DirectorySchemaSource(schemaDirectory.toPath());
        }
        return new ClasspathSchemaSource(GenerateMojo.class.getClassLoader(), BUNDLED_SCHEMAS);
    }

    /**
     * The plugin version plus a digest of the plugin jar: a rebuilt SNAPSHOT of the plugin (same version,
     * different code) must regenerate too.
     */
    private String pluginVersion() throws IOException {
        var descriptor = execution.getMojoDescriptor().getPluginDescriptor();
        String version = descriptor.getVersion() == null ? "unknown" : descriptor.getVersion();
        File jar = descriptor.getPluginArtifact() == null ? null : descriptor.getPluginArtifact().getFile();
        if (jar == null || !jar.isFile()) {
            return version;
        }
        byte[] content = Files.readAllBytes(jar.toPath());
        return version + "@" + UpToDateCheck.digest(List.of(new SchemaInput(jar.getName(), content)), "", "");
    }
}
