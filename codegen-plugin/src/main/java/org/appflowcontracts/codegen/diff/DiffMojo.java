package org.appflowcontracts.codegen.diff;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.appflowcontracts.diff.compare.FailOn;
import org.appflowcontracts.diff.format.DiffFormat;
import org.appflowcontracts.diff.read.ContractReadException;

/**
 * Compares two versions of the contract (AWS service model files or contracts folders) and fails the build on the
 * changes {@code failOn} names; the same comparison as {@code appflow-validate diff}.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class DiffMojo extends AbstractMojo {

    /** The old contract: a service model JSON file or a contracts folder. */
    @Parameter(property = "appflow.diff.old", required = true)
    private File oldContract;

    /** The new contract: a service model JSON file or a contracts folder. */
    @Parameter(property = "appflow.diff.new", required = true)
    private File newContract;

    /** text, aws, json or markdown. */
    @Parameter(property = "appflow.diff.format", defaultValue = "text")
    private String format;

    /** breaking, any or none. */
    @Parameter(property = "appflow.diff.failOn", defaultValue = "breaking")
    private String failOn;

    /** Where to write the report; when unset it goes to the build log. */
    @Parameter(property = "appflow.diff.outputFile")
    private File outputFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DiffGoal goal = new DiffGoal(oldContract.toPath(), newContract.toPath(), choice(DiffFormat.class, format),
                choice(FailOn.class, failOn), outputFile == null ? null : outputFile.toPath());
        DiffGoal.Outcome outcome;
        try {
            outcome = goal.run();
        } catch (ContractReadException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + outputFile + ": " + e.getMessage(), e);
        }
        if (outputFile == null) {
            outcome.report().lines().forEach(getLog()::info);
        }
        getLog().info(outcome.summary());
        if (outcome.fails()) {
            throw new MojoFailureException("contract changes that failOn=" + failOn + " rejects: " + outcome.summary());
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) throws MojoFailureException {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("unknown value '" + value + "' (known: "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ")", e);
        }
    }
}
