package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.engine.FailureReducer;
import org.appflowcontracts.validator.format.FormatDetector;
import org.appflowcontracts.validator.parse.SourceFiles;

/**
 * Reads one document, works out its operation and validates it. Every way a document can fail to be checked
 * becomes an {@link InputProblem} with a position, never an exception.
 */
final class DocumentChecker {

    /** What a template or Terraform file is checked as: each flow resource declares a CreateFlow request. */
    static final OperationChoice DECLARED_FLOWS = new OperationChoice("CreateFlow",
            OperationChoice.Basis.FILE_FORMAT, "each flow resource of a template or Terraform file");

    private final ValidationService service;
    private final String operation;
    private final InputStream stdin;
    private final ProjectRules rules;

    /** @param operation the operation every document is a request of, or {@code null} to detect it per document */
    DocumentChecker(ValidationService service, String operation, InputStream stdin) {
        this(service, operation, stdin, ProjectRules.none(java.nio.file.Path.of("")));
    }

    /** @param rules the project configuration and suppressions applied to each document */
    DocumentChecker(ValidationService service, String operation, InputStream stdin, ProjectRules rules) {
        this.service = service;
        this.operation = operation;
        this.stdin = stdin;
        this.rules = rules;
    }

    /**
     * Checks one document. Whatever goes wrong while checking it (a defect, a stack or heap exhausted by this one
     * document) is reported as an {@value InputProblem#INTERNAL} problem of this document, so the others are
     * still checked; only an engine that cannot run at all ends the run.
     */
    FileOutcome check(InputSource source) {
        try {
            return checkOrThrow(source);
        } catch (EngineUnavailableException | ProjectRules.ConfigurationFailure e) {
            throw e;
        } catch (StackOverflowError | OutOfMemoryError e) {
            return failed(source, InputProblem.INTERNAL, internalMessage(e), 1, 1);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            return failed(source, InputProblem.INTERNAL, internalMessage(e), 1, 1);
        }
    }

    static String internalMessage(Throwable e) {
        String what = e instanceof OutOfMemoryError ? "ran out of memory"
                : e instanceof StackOverflowError ? "ran out of stack" : "failed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")";
        return "checking this document " + what + "; the other documents were checked. Please report this file"
                + " to the tool's maintainers";
    }

    private FileOutcome checkOrThrow(InputSource source) {
        if (source.unreadableBecause() != null) {
            return failed(source, InputProblem.UNREADABLE, source.unreadableBecause(), 0, 0);
        }
        byte[] content;
        try {
            content = read(source);
        } catch (IOException e) {
            return failed(source, InputProblem.UNREADABLE, SourceFiles.describe(e), 0, 0);
        }
        if (SourceFiles.tooLarge(content)) {
            return failed(source, InputProblem.UNREADABLE, SourceFiles.tooLargeMessage(), 1, 1);
        }
        Optional<FileOutcome> toolFile = ToolFiles.check(source);
        if (toolFile.isPresent()) {
            return toolFile.get();
        }
        if (isBlank(content) && FormatDetector.byName(source.displayName()).isPresent()) {
            // An empty .tf file is a configuration that declares nothing, as Terraform reads it.
            return new FileOutcome.Checked(source, new ValidationReport("CreateFlow", List.of()), DECLARED_FLOWS,
                    List.of());
        }
        if (isBlank(content)) {
            return failed(source, InputProblem.MALFORMED, "empty document: expected a JSON or YAML object", 1, 1);
        }
        try {
            Optional<ValidationReport> declared = service.validateDeclaredFlows(content, source.displayName());
            if (declared.isPresent()) {
                return rules.apply(source, content, declared.get(), DECLARED_FLOWS);
            }
            Optional<OperationChoice> op = operationOf(source, content);
            if (op.isEmpty()) {
                String why = service.notARequestBecause(content, source.displayName())
                        .orElse("cannot tell which AppFlow request this is; pass --operation NAME (e.g. CreateFlow, "
                                + "UpdateFlow)");
                return failed(source, InputProblem.UNKNOWN_OPERATION, why, 1, 1);
            }
            ValidationReport report = service.validate(op.get().operation(), content, source.displayName());
            if (op.get().basis() == OperationChoice.Basis.CONTENT) {
                report = withNotices(report, service.contentChoiceNotices(content, source.displayName()));
            }
            return rules.apply(source, content, FindingCap.apply(report), op.get());
        } catch (InputException e) {
            return failed(source, InputProblem.MALFORMED, condensedParserMessage(e.getMessage()), e.line(), e.column());
        }
    }

    /** The command line's operation, else the configuration's, else the one the document shows. */
    private Optional<OperationChoice> operationOf(InputSource source, byte[] content) throws InputException {
        if (operation != null) {
            return Optional.of(new OperationChoice(operation, OperationChoice.Basis.OPTION, "--operation"));
        }
        Optional<OperationChoice> configured = rules.operationFor(source);
        return configured.isPresent() ? configured : service.explainOperation(content, source.displayName());
    }

    private static ValidationReport withNotices(ValidationReport report, List<Violation> notices) {
        if (notices.isEmpty()) {
            return report;
        }
        List<Violation> all = new ArrayList<>(report.violations());
        all.addAll(notices);
        all.sort(FailureReducer.ORDER);
        return new ValidationReport(report.operation(), all);
    }

    private byte[] read(InputSource source) throws IOException {
        return source.isStdin() ? SourceFiles.readBounded(stdin) : SourceFiles.readBounded(source.path());
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parser messages can span lines and quote parser internals; findings are one line each, and the position is
     * already in the prefix.
     */
    static String condensedParserMessage(String message) {
        if (message == null || message.isBlank()) {
            return "not a readable JSON or YAML document";
        }
        String text = message
                .replaceAll("\\s*\\(?start marker at \\[Source:[^\\]]*\\][^)]*\\)?", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
                .replaceAll("\\s*in 'reader', line \\d+, column \\d+:?", "");
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("^"))
                .reduce((a, b) -> a + "; " + b).orElse("not a readable JSON or YAML document");
    }

    private static FileOutcome failed(InputSource source, String ruleId, String message, int line, int column) {
        return new FileOutcome.Failed(source, new InputProblem(ruleId, message, line, column));
    }
}
