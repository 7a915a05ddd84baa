package org.appflowcontracts.validator.format;

import java.util.List;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.cloudformation.CloudFormationAdapter;
import org.appflowcontracts.validator.parse.LocatedDocument;

/** CloudFormation templates (JSON, or YAML with the short forms of the template functions). */
final class CloudFormationFormat implements FormatAdapter {

    @Override
    public InputFormat format() {
        return InputFormat.CLOUDFORMATION;
    }

    @Override
    public LocatedDocument read(byte[] content, String sourceName) throws InputException {
        return CloudFormationAdapter.parse(content, sourceName);
    }

    @Override
    public List<DeclaredFlow> flows(LocatedDocument file, String sourceName) {
        return CloudFormationAdapter.shipped().flows(file);
    }
}
