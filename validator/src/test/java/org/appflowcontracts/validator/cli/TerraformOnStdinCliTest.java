package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A Terraform .tf file piped to the command line without saying what it is. */
class TerraformOnStdinCliTest {

    private static final byte[] FLOW = "resource \"aws_appflow_flow\" \"x\" {\n  name = \"bad name\"\n}\n"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void unlabelledHclOnStandardInputIsRefusedWithTheOptionToUse() {
        CliTest.Result r = CliTest.runWith(new ByteArrayInputStream(FLOW), ContractValidationService::new, "-");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.stderr()).as("%s", r).contains("<stdin>:1:1").contains("--input-format terraform");
    }

    @Test
    void theSameContentNamedAsTerraformIsChecked() {
        CliTest.Result r = CliTest.runWith(new ByteArrayInputStream(FLOW), ContractValidationService::new,
                "--input-format", "terraform", "-");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.stdout()).as("%s", r).contains("FLOW_NAME_FORMAT").doesNotContain("--input-format");
    }
}
