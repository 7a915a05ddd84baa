package org.appflowcontracts.validator.format;

import static org.appflowcontracts.validator.format.HostileTemplateInputsTest.assertLocated;
import static org.appflowcontracts.validator.format.HostileTemplateInputsTest.checked;
import static org.appflowcontracts.validator.format.HostileTemplateInputsTest.refused;
import static org.appflowcontracts.validator.format.HostileTemplateInputsTest.resource;
import static org.appflowcontracts.validator.format.HostileTemplateInputsTest.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.Test;

/**
 * Terraform files written in the less usual shapes Terraform accepts (or refuses): resources of the JSON syntax
 * written as arrays, old Mac line ends, byte order marks and arguments where Terraform expects blocks, and HCL
 * given without a name that says so.
 */
class TerraformReaderShapesTest {

    private static final FlowFileValidator FILES = FlowFileValidator.standard();

    @Test
    void aJsonResourceBodyWrittenAsAnArrayIsReadWhereItIsWritten() throws Exception {
        FileReport report = checked("tfjson-resource-body-as-array.tf.json");
        assertThat(report.resources()).extracting(FileReport.ResourceReport::resource)
                .containsExactly("aws_appflow_flow.x");
        assertThat(nameFinding(report)).containsExactly(6, 11);
    }

    @Test
    void jsonResourceNamesWrittenAsAnArrayOfObjectsAreReadInOrder() throws Exception {
        FileReport report = checked("tfjson-resource-names-as-array.tf.json");
        assertThat(report.resources()).extracting(FileReport.ResourceReport::resource)
                .containsExactly("aws_appflow_flow.x", "aws_appflow_flow.y");
        assertThat(report.violations()).filteredOn(v -> v.ruleId().equals("FLOW_NAME_FORMAT"))
                .extracting(Violation::line).containsExactly(6, 11);
    }

    @Test
    void aJsonResourceDeclaredTwiceIsRefusedAtTheSecondDeclaration() throws Exception {
        assertLocated(refused("tfjson-resource-body-twice.tf.json"), 8, 9,
                "duplicate resource block aws_appflow_flow.x");
        assertLocated(refused("tfjson-resource-name-twice.tf.json"), 13, 11,
                "duplicate resource block aws_appflow_flow.x");
        assertLocated(refused("tfjson-resource-body-string.tf.json"), 4, 7,
                "must be a JSON object or an array of objects");
        // Terraform merges the parts of a body written as an array of objects: told, never read in part.
        assertLocated(refused("tfjson-resource-body-in-parts.tf.json"), 5, 9, "write it as one JSON object");
    }

    @Test
    void oldMacLineEndsCountLinesInHclAsInJsonAndYaml() throws Exception {
        String flow = new String(resource("hcl-flow-bad-name.tf"), StandardCharsets.UTF_8);
        List<Integer> lf = nameFinding(FILES.validate(bytes(flow), "lf.tf"));
        assertThat(lf).containsExactly(2, 3);
        assertThat(nameFinding(FILES.validate(bytes(flow.replace("\n", "\r")), "cr.tf"))).isEqualTo(lf);
        assertThat(nameFinding(FILES.validate(bytes(flow.replace("\n", "\r\n")), "crlf.tf"))).isEqualTo(lf);
        String broken = "locals {\r  a = 1\r  b = = 2\r}\r";
        InputException e = catchThrowableOfType(InputException.class, () -> FILES.validate(bytes(broken), "b.tf"));
        assertThat(List.of(e.line(), e.column())).as(e.getMessage()).containsExactly(3, 7);
    }

    @Test
    void aByteOrderMarkAnywhereButTheStartIsRefusedWhereItIs() throws Exception {
        String flow = new String(resource("hcl-flow-bad-name.tf"), StandardCharsets.UTF_8);
        assertThat(ruleIds(FILES.validate(bytes("\uFEFF" + flow), "one.tf"))).contains("FLOW_NAME_FORMAT");
        assertLocated(refusal("\uFEFF\uFEFF" + flow), 1, 1, "byte order mark (U+FEFF) can only begin the file");
        assertLocated(refusal(flow + "\uFEFFresource \"aws_appflow_flow\" \"y\" {\n}\n"), 4, 1, "byte order mark");
        assertLocated(refusal(flow.replace("name =", "na\uFEFFme =")), 2, 5, "byte order mark");
        assertLocated(refusal(flow.replace("= \"", "= \uFEFF\"")), 2, 10, "byte order mark");
        assertLocated(refusal(flow.replace("\"x\" {", "\"x\" \uFEFF{")), 1, 33, "byte order mark");
        // In a string or a comment the character is text, as Terraform reads it.
        assertThat(ruleIds(FILES.validate(bytes("# \uFEFF note\n" + flow.replace("bad name", "bad\uFEFFname")),
                "text.tf"))).contains("FLOW_NAME_FORMAT");
    }

    @Test
    void aTopLevelArgumentIsRefusedAsTerraformRefusesIt() throws Exception {
        assertLocated(refused("hcl-top-level-resource-argument.tf"), 2, 1,
                "an argument named \"resource\" is not expected at the top level");
    }

    @Test
    void hclWithoutATerraformNameIsRefusedWithAHintToSayItIsTerraform() throws Exception {
        byte[] flow = resource("hcl-flow-bad-name.tf");
        InputException e = catchThrowableOfType(InputException.class, () -> FILES.validate(flow, "-"));
        assertThat(e).hasMessageContaining("pass --input-format terraform");
        assertThat(ruleIds(FILES.validate(flow, "-", Optional.of(InputFormat.TERRAFORM_HCL))))
                .contains("FLOW_NAME_FORMAT");
        InputException list = catchThrowableOfType(InputException.class, () -> FILES.validate(bytes("[1]"), "-"));
        assertThat(list).hasMessageContaining("top level must be an object").hasMessageNotContaining("terraform");
    }

    private static InputException refusal(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> FILES.validate(bytes(text), "f.tf"));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    /** Line and column of the flow name finding. */
    private static List<Integer> nameFinding(FileReport report) {
        Violation v = report.violations().stream().filter(f -> f.ruleId().equals("FLOW_NAME_FORMAT")).findFirst()
                .orElseThrow();
        return List.of(v.line(), v.column());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
