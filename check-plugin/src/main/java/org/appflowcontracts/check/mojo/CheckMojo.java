package org.appflowcontracts.check.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.appflowcontracts.check.CheckOptions;
import org.appflowcontracts.check.CheckSummary;
import org.appflowcontracts.check.FlowCheck;
import org.appflowcontracts.check.FlowFileSet;
import org.appflowcontracts.check.ReportFiles;
import org.appflowcontracts.check.SeverityThreshold;
import org.appflowcontracts.check.ToolFingerprint;
import org.appflowcontracts.validator.cli.BuildFileChecker;
import org.appflowcontracts.validator.cli.EngineUnavailableException;
import org.appflowcontracts.validator.config.ConfigurationException;

/**
 * Checks the project's AppFlow flow files (API bodies, CloudFormation templates, Terraform) against the contracts,
 * logs every finding as {@code /path/file:[line,col] RULE message}, writes SARIF and JSON reports, and fails the
 * build on errors (or on warnings, when asked). Files unchanged since the last build are not checked again.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** The folder holding the flow files. A missing folder has nothing to check. */
    @Parameter(property = "appflow.sourceDirectory", defaultValue = "${project.basedir}/src/main/appflow")
    private File sourceDirectory;

    /** Files to check, as patterns relative to sourceDirectory; default every *.json, *.yaml, *.yml and *.tf. */
    @Parameter(property = "appflow.includes")
    private List<String> includes;

    /** Files to leave out, as patterns relative to sourceDirectory. */
    @Parameter(property = "appflow.excludes")
    private List<String> excludes;

    /** The operation every API body is a request of (e.g. CreateFlow); by default detected per file. */
    @Parameter(property = "appflow.operation")
    private String operation;

    /** Read every file as this kind: api, cloudformation, terraform, terraform-json, terraform-plan. */
    @Parameter(property = "appflow.inputFormat")
    private String inputFormat;

    /** A copy of the contracts folder with house rules, checked instead of the bundled contracts. */
    @Parameter(property = "appflow.contractsDirectory")
    private File contractsDirectory;

    /**
     * A project configuration file (operations by path, rule severities, ignores) for every file; by default each
     * file uses the nearest {@code .appflow-contracts.yaml} in its folder or above, as the command line does.
     */
    @Parameter(property = "appflow.configFile")
    private File configFile;

    /** Rule ids not reported (an id also covers its sub-rules), as the command line's --ignore. */
    @Parameter(property = "appflow.ignore")
    private List<String> ignoreRules;

    /** A baseline of accepted findings (written by appflow-validate --write-baseline); only new findings count. */
    @Parameter(property = "appflow.baseline")
    private File baseline;

    /** Fail the build on warnings too (same as failOnSeverity=warning). */
    @Parameter(property = "appflow.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** The least severe finding that fails the build: error, warning or info. */
    @Parameter(property = "appflow.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** Report formats written to reportDirectory: sarif, json (comma-separated), or none. */
    @Parameter(property = "appflow.reportFormats", defaultValue = "sarif,json")
    private List<String> reportFormats;

    /** Where appflow-contracts.sarif and appflow-contracts.json are written. */
    @Parameter(property = "appflow.reportDirectory", defaultValue = "${project.build.directory}/appflow-contracts")
    private File reportDirectory;

    /** Reuse the findings of files unchanged since the last build (state kept under target/). */
    @Parameter(property = "appflow.incremental", defaultValue = "true")
    private boolean incremental;

    /** Skip the check. */
    @Parameter(property = "appflow.check.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("AppFlow contract check skipped");
            return;
        }
        CheckSummary summary;
        try {
            summary = new FlowCheck(options(), getLog()).run();
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("AppFlow contract check cannot use its configuration:\n"
                    + String.join("\n", e.describe()));
        } catch (IllegalArgumentException | EngineUnavailableException e) {
            throw new MojoExecutionException("AppFlow contract check cannot run: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("AppFlow contract check cannot write its results: " + e.getMessage(), e);
        }
        if (summary.fails()) {
            throw new MojoFailureException(summary.failureMessage(baseDirectory.toPath()));
        }
        getLog().info("AppFlow contract check: " + summary.describe());
    }

    private CheckOptions options() {
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        Path state = buildDirectory.toPath().resolve("appflow-contracts")
                .resolve("check-" + execution.getExecutionId() + ".state.json");
        return new CheckOptions(base, FlowFileSet.of(sourceDirectory.toPath(), includes, excludes),
                text(operation), text(inputFormat),
                Optional.ofNullable(contractsDirectory).map(f -> f.toPath().toAbsolutePath().normalize()),
                new BuildFileChecker.Project(absolute(configFile), ignoreRules == null ? List.of() : ignoreRules,
                        absolute(baseline), base),
                SeverityThreshold.of(failOnSeverity, failOnWarning), reportDirectory.toPath().toAbsolutePath(),
                ReportFiles.parseFormats(reportFormats),
                incremental ? Optional.of(state) : Optional.empty(),
                plugin.getVersion(), ToolFingerprint.of(plugin.getArtifacts()));
    }

    private static Optional<Path> absolute(File file) {
        return Optional.ofNullable(file).map(f -> f.toPath().toAbsolutePath().normalize());
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
