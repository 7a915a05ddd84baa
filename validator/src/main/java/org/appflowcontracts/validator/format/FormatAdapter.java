package org.appflowcontracts.validator.format;

import java.util.List;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;

/** Reads one kind of file and finds the AppFlow requests it declares. Implementations are stateless. */
public interface FormatAdapter {

    InputFormat format();

    /** Parses the file, once, into its located tree; JSON and YAML unless the format has a syntax of its own. */
    default LocatedDocument read(byte[] content, String sourceName) throws InputException {
        return LocatedParser.parse(content, sourceName);
    }

    /**
     * The file's tree as this format reads it, from the tree the JSON or YAML reader made while the format was being
     * detected (so the file is not parsed twice); the same tree unless the format gives plain values a meaning of
     * its own, as Terraform's JSON syntax does to {@code "${...}"} strings.
     */
    default LocatedDocument fromJsonOrYaml(LocatedDocument parsed) {
        return parsed;
    }

    /**
     * The requests the file declares, in file order: none for a template without AppFlow resources.
     *
     * @throws InputException when the file has the format's outline but a part of it cannot be read (located)
     */
    List<DeclaredFlow> flows(LocatedDocument file, String sourceName) throws InputException;
}
