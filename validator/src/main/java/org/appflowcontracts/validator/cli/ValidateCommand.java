package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.appflowcontracts.validator.config.ConfigurationException;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.parse.InputLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code appflow-validate [options] PATH...}: checks AppFlow flow definitions against the contracts. */
@Command(
        name = "appflow-validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Checks Amazon AppFlow flow definitions (CreateFlow / UpdateFlow request bodies, JSON or YAML; "
                    + "AWS::AppFlow::Flow resources of CloudFormation, SAM and CDK templates; aws_appflow_flow and "
                    + "awscc_appflow_flow resources of Terraform .tf, .tf.json and plan JSON) against the API contract "
                    + "and AppFlow's cross-field rules.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no errors (warnings allowed unless --strict)",
            "1:errors found (or warnings with --strict)",
            "2:usage error, or a file that could not be read or parsed"
        },
        // Built from the library's constants, so the help cannot drift from the limits actually applied.
        footerHeading = "%nLimits (a document beyond one is reported with exit code 2):%n",
        footer = {
            "  " + (InputLimits.MAX_DOCUMENT_BYTES >> 20) + " MiB per document (nothing past it is read)",
            "  " + InputLimits.MAX_NESTING_DEPTH + " levels of nesting",
            "  " + InputLimits.MAX_TOKEN_COUNT + " tokens (names, values, brackets) per document",
            "  " + InputLimits.MAX_STRING_LENGTH + " characters per string, and per YAML run without a space",
            "  " + InputLimits.MAX_NAME_LENGTH + " characters per member name"
        })
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Flow files, templates or Terraform files, or directories searched recursively for "
                    + "*.json, *.yaml, *.yml, *.tf; '-' reads standard input.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--operation", paramLabel = "NAME",
            description = "Validate every document as a request of this operation (e.g. CreateFlow) "
                    + "instead of detecting it from the content.")
    private String operation;

    @Option(names = "--input-format", paramLabel = "KIND",
            description = "Read every file as this kind instead of detecting it: api (an AppFlow request body), "
                    + "cloudformation, terraform (.tf), terraform-json (.tf.json), terraform-plan "
                    + "(terraform show -json).")
    private String inputFormat;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Contract evaluator: ${COMPLETION-CANDIDATES} (default: compiled where available, "
                    + "else reference). Both report the same findings.")
    private EngineChoice engine;

    @Option(names = "--schemas", paramLabel = "DIR",
            description = "Check against your own copy of the contracts folder (appflow/2020-08-23, with your rule "
                    + "overlays) instead of the bundled contracts; the reference engine reads it.")
    private Path schemas;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
    private boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print findings only, no summary line.")
    private boolean quiet;

    @CommandLine.Mixin
    private SuppressionOptions suppression = new SuppressionOptions();

    @Option(names = "--list-rules", description = "List every rule with its severity and exit.")
    private boolean listRules;

    @Option(names = "--explain", paramLabel = "RULE_ID",
            description = "Explain one rule: what it checks, why, a failing and a fixed example.")
    private String explain;

    private final ValidationServiceFactory services;
    private final InputStream stdin;
    private final Path workingDirectory;

    public ValidateCommand(ValidationServiceFactory services, InputStream stdin, Path workingDirectory) {
        this.services = services;
        this.stdin = stdin;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listRules || explain != null) {
            rejectCheckingOptionsWithRuleCatalog();
            return describeRules(out, err);
        }
        if (paths.isEmpty()) {
            throw UsageErrors.of(spec.commandLine(),
                    "Missing PATH: give files or directories to check, or '-' for standard input");
        }
        if (paths.stream().anyMatch(String::isBlank)) {
            // Usually an unset shell variable; as a path it would mean the current directory, checked silently.
            throw UsageErrors.of(spec.commandLine(),
                    "Empty PATH: give files or directories to check, or '-' for standard input");
        }
        rejectUnknownOptions();
        return checkFiles(out, err);
    }

    /**
     * Checks a plain request (file or directory names, none starting with a dash, and the few options a hook or a
     * CI job passes) exactly as the parsed command line of the same arguments runs, without picocli's model.
     */
    int checkPlain(PlainInvocation.Request request, PrintWriter out, PrintWriter err) {
        paths = new ArrayList<>(request.operands());
        format = request.format();
        quiet = request.quiet();
        strict = request.strict();
        suppression.config = request.config();
        return checkFiles(out, err);
    }

    private int checkFiles(PrintWriter out, PrintWriter err) {
        ServiceOptions options = options();
        ValidationService service = services.create(options);
        ProjectRulesSetup setup = new ProjectRulesSetup(suppression, spec == null ? null : spec.commandLine());
        List<FileOutcome> outcomes;
        try {
            String documentOperation = resolveOperation(service);
            ProjectRules rules = setup.create(service, workingDirectory);
            List<InputSource> sources = new InputCollector().collect(paths);
            CheckedOutcomes checked = new CheckedOutcomes(err);
            checks(service, options, documentOperation, rules, sources.size()).run(sources, checked);
            outcomes = setup.writeBaselineIfAsked(checked.outcomes, workingDirectory);
        } catch (EngineUnavailableException e) {
            if (spec == null) {
                throw e;  // defaults never ask for an engine this build lacks
            }
            throw UsageErrors.of(spec.commandLine(), e.getMessage(), e);
        } catch (ConfigurationException e) {
            return unusable(e.describe(), err);
        } catch (ProjectRules.ConfigurationFailure e) {
            return unusable(e.lines(), err);
        } catch (IOException e) {
            return unusable(List.of("appflow-validate: cannot write the baseline: " + e.getMessage()), err);
        }
        ReportFormatter formatter = format.formatter();
        List<RuleDescription> rules = formatter.needsRuleCatalog() ? service.rules() : List.of();
        RunResult run = new RunResult(outcomes, rules, VersionText.version(), workingDirectory, quiet);
        formatter.write(run, out);
        return new ExitCodePolicy(strict).exitCode(run);
    }

    /**
     * Collects the outcomes in input order and tells each document that could not be checked at once. A named
     * class, not a lambda: a process's first lambda costs a one-file run milliseconds of method-handle set-up.
     */
    private static final class CheckedOutcomes implements Consumer<FileOutcome> {
        private final List<FileOutcome> outcomes = new ArrayList<>();
        private final PrintWriter err;

        CheckedOutcomes(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void accept(FileOutcome outcome) {
            if (outcome instanceof FileOutcome.Failed failed) {
                err.println(failed.problem().describe(outcome.source().displayName()));
                err.flush();
            }
            outcomes.add(outcome);
        }
    }

    /** A configuration or baseline that cannot be used checks nothing: every problem in it, exit code 2. */
    private static int unusable(List<String> lines, PrintWriter err) {
        lines.forEach(err::println);
        err.flush();
        return ExitCodePolicy.USAGE_OR_INPUT;
    }

    /**
     * One checker per core, each with its own service (a service keeps the last parsed document), so a batch of
     * files is read and checked in parallel; outcomes still come in input order.
     */
    private OrderedChecks checks(ValidationService first, ServiceOptions options, String documentOperation,
            ProjectRules rules, int documents) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents));
        List<DocumentChecker> checkers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            ValidationService service = t == 0 ? first : services.create(options);
            checkers.add(new DocumentChecker(service, documentOperation, stdin, rules));
        }
        return new OrderedChecks(checkers);
    }

    /**
     * Operands that look like options are file names only when such a file exists (pre-commit passes names as
     * they are); otherwise they are mistyped options. After "--" everything is a file name.
     */
    private void rejectUnknownOptions() {
        if (spec.commandLine().getParseResult().originalArgs().contains("--")) {
            return;
        }
        for (String operand : paths) {
            if (operand.startsWith("-") && !operand.equals("-") && !Files.exists(Path.of(operand))) {
                throw UsageErrors.of(spec.commandLine(), "Unknown option: '" + operand
                        + "' (a file whose name starts with '-' can also be given after --)");
            }
        }
    }

    /** --list-rules and --explain print the catalog as text and check nothing; anything else given is a mistake. */
    private ServiceOptions options() {
        if (schemas != null && !Files.isDirectory(schemas)) {
            throw UsageErrors.of(spec.commandLine(), "--schemas " + schemas
                    + " is not a directory; give your copy of the contracts folder (appflow/2020-08-23)");
        }
        if (schemas != null && engine == EngineChoice.COMPILED) {
            throw UsageErrors.of(spec.commandLine(), "--schemas cannot be combined with --engine"
                    + " compiled: compiled validators are generated at build time by the Maven plugin");
        }
        return new ServiceOptions(Optional.ofNullable(engine), Optional.ofNullable(schemas), inputFormat());
    }

    private Optional<InputFormat> inputFormat() {
        if (inputFormat == null) {
            return Optional.empty();
        }
        return Optional.of(InputFormat.byName(inputFormat).orElseThrow(() -> UsageErrors.of(
                spec.commandLine(), "Unknown --input-format '" + inputFormat + "' (known: " + Arrays.stream(
                        InputFormat.values()).map(InputFormat::optionName).collect(Collectors.joining(", ")) + ")")));
    }

    private void rejectCheckingOptionsWithRuleCatalog() {
        String problem = null;
        if (listRules && explain != null) {
            problem = "--list-rules and --explain cannot be combined";
        } else if (!paths.isEmpty()) {
            problem = (listRules ? "--list-rules" : "--explain") + " checks no files; leave out "
                    + String.join(" ", paths) + ", or run the check without it";
        } else if (suppression.any()) {
            problem = (listRules ? "--list-rules" : "--explain") + " checks no files; leave out the configuration,"
                    + " --ignore and baseline options";
        } else if (format != OutputFormat.TEXT) {
            problem = (listRules ? "--list-rules" : "--explain") + " prints text only; leave out --format";
        }
        if (problem != null) {
            throw UsageErrors.of(spec.commandLine(), problem);
        }
    }

    private int describeRules(PrintWriter out, PrintWriter err) {
        RuleExplainer explainer = new RuleExplainer(services.create(options()).rules());
        if (explain == null) {
            explainer.list(out);
            return ExitCodePolicy.OK;
        }
        Optional<RuleDescription> rule = explainer.find(explain);
        if (rule.isPresent()) {
            explainer.explain(rule.get(), out);
            return ExitCodePolicy.OK;
        }
        String hint = (explain.isBlank() ? Optional.<String>empty() : explainer.suggest(explain))
                .map(id -> "; did you mean " + id + "?")
                .orElse("; see --list-rules");
        err.println("appflow-validate: unknown rule '" + explain + "'" + hint);
        err.flush();
        return ExitCodePolicy.USAGE_OR_INPUT;
    }

    private String resolveOperation(ValidationService service) {
        if (operation == null) {
            return null;
        }
        return service.resolveOperation(operation).orElseThrow(() -> UsageErrors.of(
                spec.commandLine(), "Unknown operation '" + operation + "' (known: "
                        + String.join(", ", service.operations()) + ")"));
    }
}
