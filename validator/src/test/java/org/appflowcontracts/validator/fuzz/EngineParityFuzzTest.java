package org.appflowcontracts.validator.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compiled validators and the reference engine must report the same findings (rule id, severity, pointer)
 * for every request. The request is a corpus flow edited by {@link FlowMutator}, or a whole document of its own.
 *
 * <p>Input layout: the last byte's lowest bit chooses. Set: the other bytes are a JSON or YAML document (how the
 * committed reproducers are written). Clear: the next bytes from the end pick a corpus flow and drive the edits.
 */
class EngineParityFuzzTest {

    /** Reads the corpus and loads both engines before the first timed input. */
    @BeforeAll
    static void warmUp() {
        CorpusFlows.Flow first = CorpusFlows.all().get(0);
        findings(ContractValidator.forOperation(first.operation(), EngineKind.REFERENCE), first.request());
        findings(ContractValidator.forOperation(first.operation(), EngineKind.COMPILED), first.request());
    }

    @FuzzTest(maxDuration = "30m")
    void bothEnginesReportTheSameFindings(FuzzedDataProvider data) {
        CpuBudget budget = CpuBudget.seconds(20);
        JsonNode request;
        String operation;
        if (data.consumeBoolean()) {
            byte[] document = data.consumeRemainingAsBytes();
            try {
                request = LocatedParser.parse(document, "fuzzed").root();
            } catch (InputException refused) {
                return;  // the reader's own target checks refusals
            }
            operation = OperationDetector.detect(request, "fuzzed").orElse("CreateFlow");
        } else {
            List<CorpusFlows.Flow> flows = CorpusFlows.all();
            CorpusFlows.Flow flow = flows.get(data.consumeInt(0, flows.size() - 1));
            ObjectNode copy = flow.request().deepCopy();
            FlowMutator.mutate(copy, data);
            request = copy;
            operation = flow.operation();
        }
        Set<String> reference = findings(ContractValidator.forOperation(operation, EngineKind.REFERENCE), request);
        Set<String> compiled = findings(ContractValidator.forOperation(operation, EngineKind.COMPILED), request);
        budget.requireWithin("both engines");
        if (!reference.equals(compiled)) {
            throw new AssertionError(operation + ": the engines differ on\n" + request + "\nreference " + reference
                    + "\ncompiled  " + compiled);
        }
    }

    private static Set<String> findings(ContractValidator validator, JsonNode request) {
        Set<String> keys = new TreeSet<>();
        for (Violation v : validator.validate(request).violations()) {
            keys.add(v.ruleId() + " " + v.severity().wireName() + " " + v.pointer());
        }
        return keys;
    }
}
