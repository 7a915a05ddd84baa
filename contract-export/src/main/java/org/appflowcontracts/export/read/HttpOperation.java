package org.appflowcontracts.export.read;

import java.util.List;

/**
 * One operation's HTTP binding in a service model.
 *
 * @param requestUri the path template without any fixed query part ({@code /tags/{resourceArn}})
 * @param input      the input shape, or null
 * @param output     the output shape, or null
 * @param errors     the modelled error shapes in model order
 */
public record HttpOperation(String name, String method, String requestUri, String input, String output,
        List<String> errors) {

    public HttpOperation {
        errors = List.copyOf(errors);
    }
}
