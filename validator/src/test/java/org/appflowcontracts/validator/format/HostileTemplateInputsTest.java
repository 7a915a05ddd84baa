package org.appflowcontracts.validator.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.hcl.HclReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Hostile and unusual templates, Terraform files and plans (resources under {@code hostile-templates/}): each is
 * either checked, with findings placed in the file, or refused with a located {@link InputException}; none ends in
 * an exception of another kind, which the command line would report as an internal error.
 */
class HostileTemplateInputsTest {

    private static final FlowFileValidator FILES = FlowFileValidator.standard();

    @Test
    void planModulesAndResourcesThatAreNotListsAreReadAsEmpty() throws Exception {
        assertThat(checked("plan-child-modules-object.json").resources()).isEmpty();
        assertThat(checked("plan-resources-object.json").resources()).isEmpty();
        FileReport odd = checked("plan-child-modules-odd-entries.json");
        assertThat(odd.resources()).singleElement()
                .satisfies(r -> assertThat(r.resource()).isEqualTo("module.a.aws_appflow_flow.x"));
        assertThat(ruleIds(odd)).contains("FLOW_NAME_FORMAT");
    }

    @Test
    void aPlanWithoutPlannedValuesIsRefusedWhereItSaysSo() throws Exception {
        InputException missing = refused("plan-without-planned-values.json");
        assertThat(missing).hasMessageContaining("planned_values");
        assertThat(List.of(missing.line(), missing.column())).containsExactly(1, 1);
        InputException list = refused("plan-planned-values-list.json");
        assertThat(list).hasMessageContaining("planned_values");
        assertThat(List.of(list.line(), list.column())).containsExactly(3, 2);
    }

    @Test
    void hclNumbersTooLargeToReadAreRefusedWhereTheyAreWritten() throws Exception {
        assertLocated(refused("hcl-number-exponent-too-large.tf"), 4, 7, "exponent too large");
        assertLocated(refused("hcl-number-scale-out-of-range.tf"), 3, 7, "exponent too large");
        assertLocated(refused("hcl-negative-number-exponent-too-large.tf"), 4, 10, "exponent too large");
        // Reading a number of a million digits takes half a minute: bounded as JSON bounds it.
        assertLocated(refused("hcl-number-too-long.tf"), 3, 7, "a number of more than 100 characters");
    }

    @Test
    void hclDecimalsAreKeptExactAsInJson() throws Exception {
        assertThat(checked("hcl-page-size-3000.tf").violations()).isEmpty();
        assertThat(checked("hcl-page-size-3000-and-a-little.tf").violations())
                .extracting(Violation::pointer)
                .contains("aws_appflow_flow.sapo_data_tickets.source_flow_config[0].source_connector_properties[0]"
                        + ".sapo_data[0].pagination_config[0].max_page_size");
    }

    @Test
    void hclSpacesLineBreaksAndCommentsAreNotCountedAsTokens() throws Exception {
        String flow = "resource \"aws_appflow_flow\" \"x\" {\n  name = \"bad name\"\n}\n";
        byte[] commented = ("# a comment\n".repeat(250_000) + flow).getBytes(StandardCharsets.UTF_8);
        FileReport report = FILES.validate(commented, "commented.tf");
        assertThat(ruleIds(report)).contains("FLOW_NAME_FORMAT");
        // 200,001 tokens that count: refused at the first one past the limit.
        byte[] wide = ("locals {\n  x = [" + "1,".repeat(100_000) + "]\n}\n").getBytes(StandardCharsets.UTF_8);
        InputException e = catchThrowableOfType(InputException.class, () -> FILES.validate(wide, "wide.tf"));
        assertLocated(e, 2, 7 + (200_001 - 5), "more than 200000 tokens");
    }

    @Test
    void hclNamesAreBoundedAsJsonAndYamlNamesAre() throws Exception {
        String name = "n".repeat(4097);
        for (String file : List.of("locals {\n  " + name + " = 1\n}\n",
                "locals {\n  x = { \"" + name + "\" = 1 }\n}\n",
                "resource \"aws_appflow_flow\" \"" + name + "\" {\n}\n")) {
            byte[] content = file.getBytes(StandardCharsets.UTF_8);
            InputException e = catchThrowableOfType(InputException.class, () -> FILES.validate(content, "n.tf"));
            assertThat(e).as(file.substring(0, 20)).hasMessageContaining("a name of more than 4096 characters");
        }
        byte[] longest = ("locals {\n  " + "n".repeat(4096) + " = 1\n}\n").getBytes(StandardCharsets.UTF_8);
        assertThat(FILES.validate(longest, "n.tf").resources()).isEmpty();
    }

    /** Files of 6 and 7 MB, within the size limit, in a 64 MiB heap: before, both ran out of memory. */
    @Test
    void largeTerraformFilesAreReadInASmallHeap(@TempDir Path dir) throws Exception {
        String flow = new String(resource("hcl-page-size-3000.tf"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("comments.tf"), "# c\n".repeat(1_500_000) + flow);
        StringBuilder many = new StringBuilder();
        for (int i = 0; many.length() < 7_000_000; i++) {
            many.append(flow.replace("\"sapo_data_tickets\"", "\"f" + i + "\""));
        }
        Files.writeString(dir.resolve("many.tf"), many);
        CliRun run = CliRun.inHeap(dir, "64m", "comments.tf", "many.tf");
        assertThat(run.stderr()).doesNotContain("internal.error");
        assertThat(run.stderr()).contains("many.tf:", "input exceeds a safety limit: more than 200000 tokens");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void hclTemplateDirectivesAreDecidedWhenTerraformRuns() throws Exception {
        JsonNode flow = hcl("hcl-template-directives.tf").root().at("/resource/aws_appflow_flow/x");
        assertThat(Unknowns.isUnknown(flow.get("description"))).isTrue();
        assertThat(Unknowns.isUnknown(flow.at("/tags/owners"))).isTrue();
        assertThat(Unknowns.isUnknown(flow.at("/tags/quoted"))).isTrue();
        assertThat(flow.at("/tags/kept").asString()).isEqualTo("100%% sure, %{ not a directive }");
        assertThat(Unknowns.isUnknown(flow.get("kms_arn"))).isTrue();
        // Findings that read no directive are reported as usual, where they are written.
        assertThat(checked("hcl-template-directives.tf").violations())
                .filteredOn(v -> v.ruleId().equals("FLOW_NAME_FORMAT"))
                .singleElement().satisfies(v -> assertThat(List.of(v.line(), v.column())).containsExactly(2, 3));
        assertLocated(refused("hcl-template-directive-unclosed.tf"), 3, 18, "template directive '%{' is not closed");
    }

    @Test
    void hclUnicodeEscapesAreDecoded() throws Exception {
        JsonNode flow = hcl("hcl-unicode-escapes.tf").root().at("/resource/aws_appflow_flow/x");
        assertThat(flow.get("name").asString()).isEqualTo("caf\u00e9-\uD83D\uDE00");
        assertThat(flow.get("description").asString()).isEqualTo("tab\there \\u0041 A");
        assertLocated(refused("hcl-unicode-escape-short.tf"), 2, 14, "invalid escape sequence");
    }

    @Test
    void aHeredocEndsOnlyAtItsMarkerAloneOnALine() throws Exception {
        JsonNode flow = hcl("hcl-heredoc-marker-in-text.tf").root().at("/resource/aws_appflow_flow/x");
        assertThat(flow.get("description").asString()).isEqualTo("a line that ends with EOT\nxEOT\n");
    }

    @Test
    void aByteThatIsNotUtf8IsLocatedInATerraformFileAsInYaml() throws Exception {
        assertLocated(refused("hcl-latin1-byte.tf"), 42, 23, "byte 0xE9 does not begin a complete character");
    }

    /** Terraform refuses these files; read as they are, their flows would pass unchecked. */
    @Test
    void resourceBlocksWithoutTypeAndNameAreRefused() throws Exception {
        assertLocated(refused("hcl-resource-without-name.tf"), 1, 1, "a resource block takes two labels");
        assertLocated(refused("hcl-resource-with-three-labels.tf"), 2, 1, "this one has 3");
        assertLocated(refused("hcl-data-without-labels.tf"), 1, 1, "a data block takes two labels");
    }

    /**
     * The parser recurses once per operator: a chain of some thousands exhausted the stack, and whether it did
     * depended on the thread's stack and the JIT. A fixed bound gives the same verdict on every stack.
     */
    @Test
    void longOperatorChainsGetTheSameVerdictWhateverTheStack() throws Exception {
        String longest = "locals {\n  x = " + "1 + ".repeat(1000) + "1\n  y = " + "a ? b : ".repeat(999) + "c\n"
                + "  z = " + "1 + ".repeat(1000) + "1\n}\n";
        String tooLong = "locals {\n  x = " + "1 + ".repeat(1001) + "1\n}\n";
        String nested = "1";
        for (int i = 0; i < 60; i++) {
            nested = "(" + "1 + ".repeat(20) + nested + ")";
        }
        String tooLongNested = "locals {\n  x = " + nested + "\n}\n";
        for (long stack : new long[] {1L << 20, 64L << 20}) {
            assertThat(onStack(stack, longest)).as("stack %d", stack).isNull();
            assertLocated(onStack(stack, tooLong), 2, 9 + 4 * 1000, "more than 1000 operators");
            assertThat(onStack(stack, tooLongNested)).hasMessageContaining("more than 1000 operators");
        }
    }

    /** What reading {@code text} on a thread of the given stack size throws (null: it was read). */
    private static Throwable onStack(long stackSize, String text) throws InterruptedException {
        Throwable[] thrown = new Throwable[1];
        Thread reader = new Thread(null, () -> {
            try {
                HclReader.read(text.getBytes(StandardCharsets.UTF_8));
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "reader", stackSize);
        reader.start();
        reader.join();
        return thrown[0];
    }

    // ---------------------------------------------------------------------------------------------------------

    static byte[] resource(String name) throws IOException {
        try (InputStream in = HostileTemplateInputsTest.class.getResourceAsStream("/hostile-templates/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The file checked with its format detected, as the command line does. */
    static FileReport checked(String name) throws IOException, InputException {
        FileReport report = FILES.validate(resource(name), name);
        for (Violation v : report.violations()) {
            assertThat(v.line()).as("%s: line of %s", name, v).isPositive();
            assertThat(v.column()).as("%s: column of %s", name, v).isPositive();
        }
        return report;
    }

    static FileReport checkedAs(String name, InputFormat format) throws IOException, InputException {
        return FILES.validate(resource(name), name, Optional.of(format));
    }

    static InputException refused(String name) throws IOException {
        byte[] content = resource(name);
        InputException e = catchThrowableOfType(InputException.class, () -> FILES.validate(content, name));
        assertThat(e).as("%s is refused", name).isNotNull();
        return e;
    }

    static void assertLocated(Throwable thrown, int line, int column, String message) {
        assertThat(thrown).isInstanceOf(InputException.class);
        InputException e = (InputException) thrown;
        assertThat(e).hasMessageContaining(message);
        assertThat(List.of(e.line(), e.column())).as(e.getMessage()).containsExactly(line, column);
    }

    static LocatedDocument hcl(String name) throws IOException, InputException {
        return HclReader.read(resource(name));
    }

    static List<String> ruleIds(FileReport report) {
        return report.violations().stream().map(Violation::ruleId).toList();
    }
}
