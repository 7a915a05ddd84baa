package org.appflowcontracts.validator.format.terraform;

import org.appflowcontracts.validator.format.FileLocator;
import org.appflowcontracts.validator.format.mapping.MappedRequest;
import org.appflowcontracts.validator.format.mapping.MessageSpelling;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;

/**
 * The way back from a request declared by a Terraform resource to the file: pointers in Terraform's own address
 * syntax ({@code aws_appflow_flow.accounts.task[2].task_type}), positions in the HCL, JSON or plan file.
 *
 * @param resource        the resource the request comes from
 * @param file            the file's located tree
 * @param mapped          the request and its pointers back into the resource body, as the mapping made them
 * @param spelling        the provider's spelling of member names
 */
public record TerraformFileLocator(TerraformResource resource, LocatedDocument file, MappedRequest mapped,
        MessageSpelling spelling) implements FileLocator {

    @Override
    public String filePointer(String requestPointer) {
        return address(bodyPointer(requestPointer));
    }

    @Override
    public Position position(String requestPointer) {
        return file.positionOf(resource.bodyPointer() + bodyPointer(requestPointer));
    }

    @Override
    public String keyFilePointer(String requestPointer) {
        return address(mapped.keyPointer(requestPointer));
    }

    @Override
    public Position keyPosition(String requestPointer) {
        return file.positionOf(resource.bodyPointer() + mapped.keyPointer(requestPointer));
    }

    @Override
    public String inFileTerms(String message) {
        return spelling.rewrite(message);
    }

    private String bodyPointer(String requestPointer) {
        return mapped.bodyPointer(requestPointer);
    }

    /** {@code /task/2/task_properties/SOURCE_DATA_TYPE} → {@code <address>.task[2].task_properties["SOURCE_DATA_TYPE"]}. */
    String address(String bodyPointer) {
        StringBuilder out = new StringBuilder(resource.address());
        for (String token : JsonPointers.tokens(bodyPointer)) {
            if (AddressTokens.isIndex(token)) {
                out.append('[').append(token).append(']');
            } else if (AddressTokens.isName(token) && !AddressTokens.isConstantName(token)) {
                out.append('.').append(token);
            } else {
                out.append("[\"").append(token.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
            }
        }
        return out.toString();
    }
}
