package org.appflowcontracts.validator.format.mapping;

import tools.jackson.databind.JsonNode;

/**
 * What a format's file means by its values before they are mapped: a template's function calls stand for the
 * value a deployment gives them. The mapping resolves them as it walks the file, so that the file is walked once.
 */
public interface FileValues {

    /** Every value means itself (an API body, Terraform, whose readers already made references unknown). */
    FileValues AS_WRITTEN = new FileValues() {
        @Override
        public boolean isCall(JsonNode value) {
            return false;
        }

        @Override
        public JsonNode callValue(JsonNode call) {
            throw new IllegalArgumentException("no calls in this format");
        }

        @Override
        public JsonNode resolve(JsonNode value) {
            return value;
        }
    };

    /** Whether {@code value} as a whole is a call the format gives a value of its own. */
    boolean isCall(JsonNode value);

    /** The value of a call: a fixed value, an unknown one, or null when the call declares the value absent. */
    JsonNode callValue(JsonNode call);

    /**
     * {@code value} with every call in it replaced by its value: the same node when it holds none, null when it is
     * itself a call to an absent value.
     */
    JsonNode resolve(JsonNode value);
}
