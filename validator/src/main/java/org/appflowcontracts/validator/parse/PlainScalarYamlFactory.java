package org.appflowcontracts.validator.parse;

import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.Reader;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The YAML reader's factory, making {@link PlainScalarYamlParser}s: the same parser, with the type of a plain
 * scalar that can only be a string decided without regular expressions. A template writes nearly every value as a
 * plain scalar ({@code TaskType: Map}), and the reader matched each against four patterns, one of them for every
 * value, which took about a tenth of reading a YAML template.
 */
final class PlainScalarYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    PlainScalarYamlFactory(YAMLFactoryBuilder settings) {
        super(settings);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext context, IOContext io, Reader reader) {
        return parser(context, io, reader);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext context, IOContext io, char[] text, int offset, int length,
            boolean recyclable) {
        return parser(context, io, new CharArrayReader(text, offset, length));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext context, IOContext io, InputStream in) {
        return parser(context, io, _createReader(in, null, io));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext context, IOContext io, byte[] data, int offset, int length) {
        return parser(context, io, _createReader(data, offset, length, null, io));
    }

    private YAMLParser parser(ObjectReadContext context, IOContext io, Reader reader) {
        return new PlainScalarYamlParser(context, io, _getBufferRecycler(),
                context.getStreamReadFeatures(_streamReadFeatures),
                context.getFormatReadFeatures(_formatReadFeatures), _loadSettings, reader);
    }
}
