package org.appflowcontracts.validator.format;

import java.util.List;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.terraform.TerraformAdapter;
import org.appflowcontracts.validator.format.terraform.TerraformJsonReader;
import org.appflowcontracts.validator.format.terraform.TerraformPlanReader;
import org.appflowcontracts.validator.format.terraform.TerraformResources;
import org.appflowcontracts.validator.parse.LocatedDocument;

/** One of Terraform's files: HCL ({@code .tf}), JSON syntax ({@code .tf.json}) or a plan's JSON. */
final class TerraformFormat implements FormatAdapter {

    private final InputFormat format;

    TerraformFormat(InputFormat format) {
        this.format = format;
    }

    @Override
    public InputFormat format() {
        return format;
    }

    @Override
    public LocatedDocument read(byte[] content, String sourceName) throws InputException {
        return TerraformAdapter.parse(content, format);
    }

    @Override
    public LocatedDocument fromJsonOrYaml(LocatedDocument parsed) {
        return format == InputFormat.TERRAFORM_JSON ? TerraformJsonReader.fromParsed(parsed) : parsed;
    }

    @Override
    public List<DeclaredFlow> flows(LocatedDocument file, String sourceName) throws InputException {
        if (format == InputFormat.TERRAFORM_PLAN) {
            TerraformPlanReader.requirePlannedValues(file);
        } else {
            TerraformResources.requireReadable(file);
        }
        return TerraformAdapter.shipped().flows(file, format);
    }
}
