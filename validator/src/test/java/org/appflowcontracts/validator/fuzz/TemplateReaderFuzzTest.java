package org.appflowcontracts.validator.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.InputFormat;
import org.junit.jupiter.api.BeforeAll;

/**
 * The CloudFormation template reader and the Terraform HCL reader on raw bytes, through the flows they declare
 * to the findings on them: every file is either refused with a located {@link InputException} or reported with
 * findings placed in the file, within the time limit.
 */
class TemplateReaderFuzzTest {

    private static final FlowFileValidator FILES = FlowFileValidator.standard();

    /** Loads the contracts and resource schemas before the first timed input. */
    @BeforeAll
    static void warmUp() {
        check("Resources: {}".getBytes(StandardCharsets.UTF_8), "stack.template", InputFormat.CLOUDFORMATION);
        check(WarmUp.FLOW, "main.tf", InputFormat.TERRAFORM_HCL);
        WarmUp.validateFlow();
    }

    @FuzzTest(maxDuration = "30m")
    void cloudFormationTemplates(byte[] content) {
        check(content, "stack.template", InputFormat.CLOUDFORMATION);
    }

    @FuzzTest(maxDuration = "30m")
    void terraformFiles(byte[] content) {
        check(content, "main.tf", InputFormat.TERRAFORM_HCL);
    }

    private static void check(byte[] content, String name, InputFormat format) {
        DocumentBounds bounds = DocumentBounds.of(content);
        CpuBudget budget = CpuBudget.seconds(10);
        FileReport report;
        try {
            report = FILES.validate(content, name, Optional.of(format));
            budget.requireWithin("checking the " + format.optionName() + " file");
        } catch (InputException refused) {
            budget.requireWithin("refusing the " + format.optionName() + " file");
            bounds.requireInside(refused.line(), refused.column(), "refusal '" + refused.getMessage() + "'");
            return;
        }
        if (report.format() != format) {
            throw new AssertionError("read as " + report.format() + ", asked for " + format);
        }
        for (Violation v : report.violations()) {
            if (v.ruleId().startsWith("internal.")) {
                throw new AssertionError("internal failure reported: " + v);
            }
            bounds.requireInside(v.line(), v.column(), v.ruleId() + " at " + LocatedTrees.shorten(v.pointer()));
        }
    }
}
