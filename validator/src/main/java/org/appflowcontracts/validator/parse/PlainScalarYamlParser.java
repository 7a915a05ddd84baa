package org.appflowcontracts.validator.parse;

import java.io.Reader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The YAML reader, with a plain, untagged scalar that the YAML 1.2 JSON schema can only read as a string taken as
 * one at once. The reader's resolver looks a plain scalar up by its first character and matches it against the
 * patterns of booleans, integers, floats, null and {@code ${...}} references starting with that character, then
 * against the empty string's: a first character none of them starts with ({@link #MAY_BE_TYPED}) and a non-empty
 * scalar make a string, which is what the reader would have decided after the matching. Every other scalar is
 * read by the reader's own code.
 */
final class PlainScalarYamlParser extends YAMLParser {

    /** The first characters for which the JSON schema's resolver has patterns (snakeyaml-engine's JsonScalarResolver). */
    static final String MAY_BE_TYPED = "tf-0123456789.n\0$";

    PlainScalarYamlParser(ObjectReadContext context, IOContext io, BufferRecycler buffers, int streamFeatures,
            int formatFeatures, LoadSettings settings, Reader reader) {
        super(context, io, buffers, streamFeatures, formatFeatures, settings, reader);
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) {
        String value = scalar.getValue();
        if (scalar.getTag().isEmpty() && scalar.getImplicit().canOmitTagInPlainScalar() && isString(value)) {
            // What the reader's own decoding sets before it returns a string.
            _textValue = value;
            _cleanedTextValue = null;
            return JsonToken.VALUE_STRING;
        }
        return super._decodeScalar(scalar);
    }

    /** Whether a plain scalar is a string in the YAML 1.2 JSON schema without looking past its first character. */
    static boolean isString(String plain) {
        return !plain.isEmpty() && MAY_BE_TYPED.indexOf(plain.charAt(0)) < 0;
    }
}
