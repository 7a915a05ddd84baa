package org.appflowcontracts.validator.cases;

import java.nio.file.Path;
import java.util.List;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule cases of the shipped contracts ({@code src/test/resources/rules/<RULE_ID>/{valid,invalid}}), checked
 * with the reference engine. Valid cases are CreateFlow requests, or UpdateFlow when the file name starts with
 * {@code update-}.
 */
class RuleCasesTest {

    static final Path CASES = Path.of("src/test/resources/rules");

    @TestFactory
    List<DynamicNode> ruleCases() {
        return new RuleCaseHarness(CASES, RuleCatalog.load(),
                name -> name.startsWith("update-") ? "UpdateFlow" : "CreateFlow",
                "CreateFlow",
                (operation, document) -> ContractValidator.forOperation(operation, EngineKind.REFERENCE)
                        .validate(document).violations()).tests();
    }
}
