package org.appflowcontracts.validator.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.api.Test;

/**
 * Differential cases found by fuzzing: both engines must give the same findings, and the findings JSON Schema
 * asks for, on patterns ending in a bare {@code $}, numbers equal by value, numbers beyond a double's precision,
 * numeric strings no value could mean, and values long enough to exhaust a regex's stack.
 */
class HostileInputParityTest {

    private static final String HEAD = "{\"flowName\": \"f1\", \"triggerConfig\": {\"triggerType\": \"OnDemand\"},"
            + " \"sourceFlowConfig\": {\"connectorType\": \"S3\", \"sourceConnectorProperties\": {\"S3\":"
            + " {\"bucketName\": \"bkt\", \"bucketPrefix\": \"p\"}}}, \"destinationFlowConfigList\":"
            + " [{\"connectorType\": \"S3\", \"destinationConnectorProperties\": {\"S3\": {\"bucketName\": \"bk2\"%s}}}],"
            + " \"tasks\": [%s]}";
    private static final String MAP_ALL = "{\"taskType\": \"Map_all\", \"sourceFields\": [], \"connectorOperator\":"
            + " {\"S3\": \"NO_OP\"}, \"taskProperties\": {\"EXCLUDE_SOURCE_FIELDS_LIST\": \"%s\"}}";

    private static String flow(String destinationExtra, String... tasks) {
        return String.format(HEAD, destinationExtra, String.join(", ", tasks));
    }

    private static String mapAll(String excludeListJsonEscaped) {
        return String.format(MAP_ALL, excludeListJsonEscaped);
    }

    private static String filter(String operator, String properties) {
        return "{\"taskType\": \"Filter\", \"sourceFields\": [\"a\"], \"connectorOperator\": {\"S3\": \"" + operator
                + "\"}, \"taskProperties\": {" + properties + "}}";
    }

    /** The findings of both engines, which must be the same, as "ruleId severity pointer". */
    private static Set<String> agreedFindings(String json) throws Exception {
        LocatedDocument document = LocatedParser.parse(json.getBytes(StandardCharsets.UTF_8), "case.json");
        Set<String> compiled = keys(ContractValidator.forOperation("CreateFlow", EngineKind.COMPILED)
                .validate(document).violations());
        Set<String> reference = keys(ContractValidator.forOperation("CreateFlow", EngineKind.REFERENCE)
                .validate(document).violations());
        assertThat(compiled).as("compiled versus reference on %s", json.length() > 400 ? json.substring(0, 400) : json)
                .isEqualTo(reference);
        return compiled;
    }

    private static Set<String> keys(List<Violation> violations) {
        return violations.stream().map(v -> v.ruleId() + " " + v.severity().wireName() + " " + v.pointer())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aBareDollarIsTheEndOfInputInBothEngines() throws Exception {
        String clean = flow("", mapAll("[]"), filter("GREATER_THAN",
                "\"DATA_TYPE\": \"datetime\", \"VALUE\": \"1767225600\""));
        Set<String> baseline = agreedFindings(clean);
        for (String terminator : List.of("\\n", "\\r\\n", "\\u0085", "\\u2028")) {
            Set<String> filterValue = agreedFindings(flow("", mapAll("[]"), filter("GREATER_THAN",
                    "\"DATA_TYPE\": \"datetime\", \"VALUE\": \"1767225600" + terminator + "\"")));
            assertThat(filterValue).as("a value with a final %s is not the same value", terminator)
                    .isNotEqualTo(baseline);
            Set<String> excludeList = agreedFindings(flow("", mapAll("[]" + terminator)));
            assertThat(excludeList).as("'[]%s' is a list followed by a line terminator", terminator)
                    .anyMatch(k -> k.contains("/tasks/0/taskProperties/EXCLUDE_SOURCE_FIELDS_LIST"));
            String mask = "{\"taskType\": \"Mask\", \"sourceFields\": [\"a\"], \"connectorOperator\": {\"S3\":"
                    + " \"MASK_FIRST_N\"}, \"taskProperties\": {\"MASK_LENGTH\": \"5%s\", \"MASK_VALUE\": \"*\"}}";
            assertThat(agreedFindings(flow("", mapAll("[]"), String.format(mask, terminator))))
                    .isNotEqualTo(agreedFindings(flow("", mapAll("[]"), String.format(mask, ""))));
        }
    }

    @Test
    void uniqueItemsComparesNumbersByValueInBothEngines() throws Exception {
        String prefix = ", \"s3OutputFormatConfig\": {\"fileType\": \"JSON\", \"prefixConfig\": {\"prefixType\":"
                + " \"PATH\", \"pathPrefixHierarchy\": [\"EXECUTION_ID\", %s]}}";
        String pointer = "/destinationFlowConfigList/0/destinationConnectorProperties/S3/s3OutputFormatConfig"
                + "/prefixConfig/pathPrefixHierarchy";
        // The repeated entry is reported on the list itself (its items are also reported as not being names).
        for (String repeated : List.of("1, 1.0", "1.0, 1", "1, 1e0", "[1], [1.00]", "{\"a\": 2}, {\"a\": 2.0}")) {
            assertThat(agreedFindings(flow(String.format(prefix, repeated), mapAll("[]"))))
                    .as(repeated).anyMatch(k -> k.endsWith(" " + pointer));
        }
        assertThat(agreedFindings(flow(String.format(prefix, "1, 1.5"), mapAll("[]"))))
                .noneMatch(k -> k.endsWith(" " + pointer));
    }

    @Test
    void aNumberBeyondADoublesPrecisionIsComparedExactlyInBothEngines() throws Exception {
        String sap = "{\"flowName\": \"f1\", \"triggerConfig\": {\"triggerType\": \"OnDemand\"}, \"sourceFlowConfig\":"
                + " {\"connectorType\": \"SAPOData\", \"connectorProfileName\": \"p\", \"sourceConnectorProperties\":"
                + " {\"SAPOData\": {\"objectPath\": \"/x\", \"paginationConfig\": {\"maxPageSize\": %s}}}},"
                + " \"destinationFlowConfigList\": [{\"connectorType\": \"S3\", \"destinationConnectorProperties\":"
                + " {\"S3\": {\"bucketName\": \"bk2\"}}}], \"tasks\": [" + mapAll("[]") + "]}";
        String pointer = "/sourceFlowConfig/sourceConnectorProperties/SAPOData/paginationConfig/maxPageSize";
        assertThat(agreedFindings(String.format(sap, "3000"))).noneMatch(k -> k.endsWith(pointer));
        assertThat(agreedFindings(String.format(sap, "3000.0"))).noneMatch(k -> k.endsWith(pointer));
        assertThat(agreedFindings(String.format(sap, "3000.00000000000000001"))).as("not an integer")
                .anyMatch(k -> k.endsWith(pointer));
        assertThat(agreedFindings(String.format(sap, "10000.00000000000000001"))).as("above the maximum")
                .anyMatch(k -> k.endsWith(pointer));
    }

    @Test
    void filterBoundsNoValueCouldMeanAreReadWithBoundedWorkAndTheSameVerdict() throws Exception {
        List<String> bounds = List.of("\"LOWER_BOUND\": \"1e99999999999\", \"UPPER_BOUND\": \"5\"",
                "\"LOWER_BOUND\": \"5\", \"UPPER_BOUND\": \"1e-99999999999\"",
                "\"LOWER_BOUND\": \"1e-2147483648\"",
                "\"LOWER_BOUND\": \"1e-2147483648\", \"UPPER_BOUND\": \"1e2147483648\"",
                "\"LOWER_BOUND\": \"" + "9".repeat(1_040_000) + "\", \"UPPER_BOUND\": \"" + "8".repeat(1_040_000) + "\"");
        long started = System.nanoTime();
        for (String properties : bounds) {
            agreedFindings(flow("", filter("BETWEEN", "\"DATA_TYPE\": \"integer\", " + properties)));
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds for all cases").isLessThan(10_000);
        // Within the bounds, the order is still checked.
        assertThat(agreedFindings(flow("", filter("BETWEEN",
                "\"DATA_TYPE\": \"integer\", \"LOWER_BOUND\": \"1e9999\", \"UPPER_BOUND\": \"5\""))))
                .anyMatch(k -> k.startsWith("FILTER_BETWEEN_BOUNDS_ORDER"));
    }

    @Test
    void aLongExcludeListHasTheSameVerdictWhateverTheStackAndTheRunBefore() throws Exception {
        // 700 entries overflow java.util.regex on a small stack; 6,000 (about 50,000 characters) come near the
        // longest value a pattern is applied to; 8,000 go beyond it, where no value matches (in both engines).
        for (int fields : new int[] {700, 6_000}) {
            String valid = IntStream.range(0, fields).mapToObj(i -> "\\\"f" + i + "\\\"")
                    .collect(Collectors.joining(", ", "[", "]"));
            String broken = valid.substring(0, valid.length() - 1) + ", ]";
            List<Set<String>> onSmallStack = onSmallStack(() -> List.of(agreedFindings(flow("", mapAll(valid))),
                    agreedFindings(flow("", mapAll(broken)))));
            // Longer than the contract's 2,048 characters either way; only the broken list also breaks the pattern,
            // which the Map_all rule reports.
            assertThat(onSmallStack.get(0)).as("%d fields", fields).noneMatch(k -> k.startsWith("MAP_ALL_TASK_SHAPE"));
            assertThat(onSmallStack.get(1)).as("%d fields", fields)
                    .contains("MAP_ALL_TASK_SHAPE error /tasks/0/taskProperties/EXCLUDE_SOURCE_FIELDS_LIST");
            assertThat(agreedFindings(flow("", mapAll(valid)))).isEqualTo(onSmallStack.get(0));
            assertThat(agreedFindings(flow("", mapAll(broken)))).isEqualTo(onSmallStack.get(1));
        }
        String beyond = IntStream.range(0, 8_000).mapToObj(i -> "\\\"f" + i + "\\\"")
                .collect(Collectors.joining(", ", "[", "]"));
        assertThat(onSmallStack(() -> agreedFindings(flow("", mapAll(beyond)))))
                .contains("MAP_ALL_TASK_SHAPE error /tasks/0/taskProperties/EXCLUDE_SOURCE_FIELDS_LIST");
    }

    /** Runs {@code work} where java.util.regex overflows the stack at once on a long list. */
    private static <T> T onSmallStack(java.util.concurrent.Callable<T> work) throws Exception {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                result[0] = work.call();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", 512 * 1024);
        small.start();
        small.join();
        assertThat(failure[0]).isNull();
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
