package org.appflowcontracts.validator.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.UpdateNameNotice;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.format.FormatAdapters;
import org.appflowcontracts.validator.format.FormatDetector;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.appflowcontracts.validator.suppress.ApiBodyDirectives;

/** The command line's view of the validation library: parse once, detect the operation, validate. */
final class ContractValidationService implements ValidationService {

    private final Optional<EngineKind> engine;
    private final Optional<Path> contracts;
    private final Optional<InputFormat> inputFormat;
    private final FlowFileValidator files;
    private final Map<String, ContractValidator> ownContracts = new HashMap<>();
    // The shipped contracts' validator per operation name as detected: resolving a name (case, suffixes, which
    // schema exists) costs a look-up in the jar, once per name instead of once per document.
    private final Map<String, ContractValidator> shippedContracts = new HashMap<>();

    // Detection and validation read the same document; remember the last parse so it happens once.
    private byte[] parsedContent;
    private LocatedDocument parsedDocument;

    ContractValidationService(ServiceOptions options) {
        // No lambda or method reference on this path: a process's first one costs a one-file run milliseconds of
        // method-handle set-up.
        this.engine = options.engine().isPresent() ? Optional.of(engineKind(options.engine().get()))
                : Optional.empty();
        this.contracts = options.contracts();
        this.inputFormat = options.inputFormat();
        this.files = new FlowFileValidator(FormatAdapters.standard(null), new Validators());
    }

    private static EngineKind engineKind(EngineChoice choice) {
        return switch (choice) {
            case COMPILED -> EngineKind.COMPILED;
            case REFERENCE -> EngineKind.REFERENCE;
        };
    }

    /** The validator of each document kind, as the file validator asks for it. */
    private final class Validators implements Function<String, ContractValidator> {
        @Override
        public ContractValidator apply(String operation) {
            return validator(operation);
        }
    }

    @Override
    public List<String> operations() {
        return ContractValidator.operations();
    }

    @Override
    public Optional<String> resolveOperation(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (String op : operations()) {
            String known = op.toLowerCase(Locale.ROOT);
            if (wanted.equals(known) || wanted.equals(known + "request")) {
                return Optional.of(op);
            }
            if (wanted.equals(known + "response")) {
                return Optional.of(op + "Response");
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> detectOperation(byte[] content, String sourceName) throws InputException {
        return OperationDetector.detect(parse(content, sourceName).root(), sourceName);
    }

    @Override
    public Optional<OperationChoice> explainOperation(byte[] content, String sourceName) throws InputException {
        return OperationDetector.explain(parse(content, sourceName).root(), sourceName);
    }

    @Override
    public Optional<ValidationReport> validateDeclaredFlows(byte[] content, String sourceName)
            throws InputException {
        Optional<InputFormat> named = inputFormat.isPresent() ? inputFormat : FormatDetector.byName(sourceName);
        LocatedDocument detected = named.isPresent() ? null : parseQuietly(content, sourceName);
        InputFormat format = named.isPresent() ? named.get()
                : FormatDetector.byContent(detected == null ? null : detected.root(), sourceName);
        if (format == InputFormat.API_BODY) {
            return Optional.empty();
        }
        FileReport report = named.isPresent()
                ? files.validate(content, sourceName, named)
                : files.validate(detected, sourceName);
        String operation = report.resources().isEmpty()
                ? "CreateFlow" : report.resources().get(0).report().operation();
        return Optional.of(new ValidationReport(operation, report.violations()));
    }

    // A document that does not parse is an API body's problem: the body path reports it, located, as before.
    private LocatedDocument parseQuietly(byte[] content, String sourceName) {
        try {
            return parse(content, sourceName);
        } catch (InputException e) {
            return null;
        }
    }

    @Override
    public ValidationReport validate(String operation, byte[] content, String sourceName) throws InputException {
        LocatedDocument document = parse(content, sourceName);
        ApiBodyDirectives.strip(document.root());
        return validator(operation).validate(document);
    }

    @Override
    public List<Violation> contentChoiceNotices(byte[] content, String sourceName) throws InputException {
        return UpdateNameNotice.of(parse(content, sourceName), sourceName);
    }

    private ContractValidator validator(String operation) {
        if (contracts.isPresent()) {
            try {
                // Read once per service (one run), so a process that runs several checks sees edited rules.
                ContractValidator own = ownContracts.get(operation);
                if (own == null) {
                    own = ContractValidator.readForOperation(operation, contracts.get());
                    ownContracts.put(operation, own);
                }
                return own;
            } catch (IllegalArgumentException e) {
                throw new EngineUnavailableException("--schemas: " + DocumentChecker.condensedParserMessage(e.getMessage()), e);
            }
        }
        ContractValidator known = shippedContracts.get(operation);
        if (known == null) {
            known = shippedValidator(operation);
            shippedContracts.put(operation, known);
        }
        return known;
    }

    private ContractValidator shippedValidator(String operation) {
        if (engine.isEmpty()) {
            return ContractValidator.forOperation(operation);
        }
        try {
            return ContractValidator.forOperation(operation, engine.get());
        } catch (IllegalStateException e) {
            throw new EngineUnavailableException("the " + engine.get().name().toLowerCase(Locale.ROOT)
                    + " engine cannot check " + operation + " documents in this build; leave out --engine to use "
                    + "the default", e);
        }
    }

    /** Catalogued rules by id, then the type-level ids ({@code schema.*}) and the tool's own ids, by id. */
    @Override
    public List<RuleDescription> rules() {
        return contracts.isPresent() ? RuleList.of(RuleCatalog.load(SchemaResources.contractsCopy(contracts.get())))
                : RuleList.shipped();
    }

    private LocatedDocument parse(byte[] content, String sourceName) throws InputException {
        if (content != parsedContent) {
            // The previous document is let go first: two large ones need not fit in memory together.
            parsedContent = null;
            parsedDocument = null;
            parsedDocument = FlowFileValidator.readForDetection(content, sourceName);
            parsedContent = content;
        }
        return parsedDocument;
    }
}
