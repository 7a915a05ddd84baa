package org.appflowcontracts.validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.format.cloudformation.CloudFormationAdapter;
import org.appflowcontracts.validator.format.FindingsInFile;
import org.appflowcontracts.validator.format.FormatAdapter;
import org.appflowcontracts.validator.format.FormatAdapters;
import org.appflowcontracts.validator.format.FormatDetector;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.format.resource.FindingMerge;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.parse.SourceFiles;

/**
 * Checks the files teams commit — AppFlow API bodies, CloudFormation templates, Terraform — and reports every
 * finding in the file's own terms: its pointer, line and column, member spelling and resource. Thread-safe.
 *
 * <pre>{@code
 * FileReport report = FlowFileValidator.standard().validate(Path.of("templates/flows.yaml"));
 * for (FileReport.ResourceReport flow : report.resources()) { ... flow.resource() ... flow.report() ... }
 * }</pre>
 */
public final class FlowFileValidator {

    private final FormatAdapters adapters;
    private final Function<String, ContractValidator> validators;

    /**
     * @param adapters   the adapter of each format read
     * @param validators the contract validator of each document kind ({@code CreateFlow}, ...)
     */
    public FlowFileValidator(FormatAdapters adapters, Function<String, ContractValidator> validators) {
        this.adapters = adapters;
        this.validators = validators;
    }

    /** Every format, API bodies' operation detected from their content, the shipped contracts. */
    public static FlowFileValidator standard() {
        return new FlowFileValidator(FormatAdapters.standard(null), ContractValidator::forOperation);
    }

    /** Reads and checks a file, its format detected. */
    public FileReport validate(Path file) throws InputException {
        return validate(SourceFiles.readForValidation(file), SourceFiles.nameOf(file));
    }

    /** Checks a file's content, its format detected from the name ({@code .tf}) or the content. */
    public FileReport validate(byte[] content, String sourceName) throws InputException {
        return validate(content, sourceName, Optional.empty());
    }

    /** Checks a file's content as {@code format}, or as detected when empty. */
    public FileReport validate(byte[] content, String sourceName, Optional<InputFormat> format)
            throws InputException {
        // No lambdas on a document's path: a one-file run would pay for the first lambda's set-up.
        Optional<InputFormat> named = format.isPresent() ? format : FormatDetector.byName(sourceName);
        if (named.isPresent()) {
            FormatAdapter adapter = adapter(named.get());
            return check(adapter, adapter.read(content, sourceName), sourceName);
        }
        return validate(readForDetection(content, sourceName), sourceName);
    }

    /**
     * Parses a JSON or YAML file whose format is still to be detected. A YAML template may use the short forms of
     * the template functions ({@code !Ref}), which no other format accepts: when the plain reading refuses the
     * file, it is read again as a template and kept only if it is one; otherwise the first refusal stands.
     */
    public static LocatedDocument readForDetection(byte[] content, String sourceName) throws InputException {
        LocatedParser.Syntax syntax = LocatedParser.detectSyntax(content, sourceName);
        // Only YAML has short-form tags; JSON content is read once, by the plain reader, without the hint's scan.
        if (syntax == LocatedParser.Syntax.YAML && FormatDetector.looksLikeYamlTemplate(content)) {
            // Read as a template at once: a template's first function tag would otherwise end a first reading, and
            // a broken template is best located by the reading that accepts its tags.
            LocatedDocument template = CloudFormationAdapter.parse(content, sourceName);
            if (FormatDetector.byContent(template.root(), sourceName) == InputFormat.CLOUDFORMATION) {
                return template;
            }
        }
        try {
            return LocatedParser.parse(content, syntax);
        } catch (InputException refused) {
            try {
                LocatedDocument template = CloudFormationAdapter.parse(content, sourceName);
                if (FormatDetector.byContent(template.root(), sourceName) == InputFormat.CLOUDFORMATION) {
                    return template;
                }
            } catch (InputException alsoRefused) {
                refused.addSuppressed(alsoRefused);
            }
            throw FormatDetector.withTerraformHint(refused, content);
        }
    }

    /** Checks a document already parsed as JSON or YAML, its format detected from the content. */
    public FileReport validate(LocatedDocument document, String sourceName) throws InputException {
        FormatAdapter adapter = adapter(FormatDetector.byContent(document.root(), sourceName));
        return check(adapter, adapter.fromJsonOrYaml(document), sourceName);
    }

    private FormatAdapter adapter(InputFormat format) throws InputException {
        Optional<FormatAdapter> adapter = adapters.adapter(format);
        if (adapter.isEmpty()) {
            throw new InputException("reading " + format.optionName() + " files is not available in this build", 1,
                    1, null);
        }
        return adapter.get();
    }

    private FileReport check(FormatAdapter adapter, LocatedDocument document, String sourceName)
            throws InputException {
        List<FileReport.ResourceReport> reports = new ArrayList<>();
        for (DeclaredFlow flow : adapter.flows(document, sourceName)) {
            reports.add(new FileReport.ResourceReport(flow.resource(), check(flow, document)));
        }
        return new FileReport(adapter.format(), reports);
    }

    private ValidationReport check(DeclaredFlow flow, LocatedDocument document) throws InputException {
        ContractValidator validator = validators.apply(flow.operation());
        // Only the compiled engine evaluates unknowns three-valued; the search is skipped on its (usual) path.
        Optional<String> unknown = validator.engineKind() == EngineKind.COMPILED
                ? Optional.empty() : Unknowns.firstUnknown(flow.request());
        if (unknown.isPresent()) {
            Position at = flow.locator().position(unknown.get());
            throw new InputException("this file has values it does not fix (" + flow.locator().filePointer(
                    unknown.get()) + "); only the compiled engine checks such files without depending on them",
                    at.line(), at.column(), null);
        }
        ValidationReport onRequest = validator.validate(FindingsInFile.unlocated(flow));
        List<Violation> contract = FindingsInFile.of(flow, onRequest.violations());
        return new ValidationReport(onRequest.operation(),
                FindingMerge.merge(contract, flow.resourceFindings()));
    }
}
