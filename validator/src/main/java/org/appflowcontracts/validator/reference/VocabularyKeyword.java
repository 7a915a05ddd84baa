package org.appflowcontracts.validator.reference;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import tools.jackson.databind.JsonNode;

/** Registers one appflow vocabulary keyword with networknt: its name and how to build its validator. */
record VocabularyKeyword(String name, ValidatorFactory factory) implements Keyword {

    /** Builds the validator of one occurrence of the keyword in a schema. */
    @FunctionalInterface
    interface ValidatorFactory {
        KeywordValidator create(JsonNode value, SchemaLocation location, Schema parent, SchemaContext context);
    }

    @Override
    public String getValue() {
        return name;
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode value, Schema parent, SchemaContext context) {
        return factory.create(value, location, parent, context);
    }
}
