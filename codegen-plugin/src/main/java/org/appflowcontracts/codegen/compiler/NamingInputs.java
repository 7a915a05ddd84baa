package org.appflowcontracts.codegen.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.parse.NamingFileReader;
import org.appflowcontracts.codegen.parse.SchemaInput;
import org.appflowcontracts.codegen.types.NamingWords;

/**
 * The schema inputs with the naming file taken out: it sits in the schema directory (so it travels, and is
 * digested for the up-to-date check, with the schemas it names) but is data for the names, not a schema.
 *
 * @param schemas the inputs to parse as schemas
 * @param words   the naming words, none when there is no naming file
 */
record NamingInputs(List<SchemaInput> schemas, NamingWords words) {

    static NamingInputs split(List<SchemaInput> inputs, NamingFile namingFile) {
        List<SchemaInput> schemas = new ArrayList<>();
        Optional<SchemaInput> naming = Optional.empty();
        for (SchemaInput input : inputs) {
            if (input.file().equals(namingFile.file())) {
                naming = Optional.of(input);
            } else {
                schemas.add(input);
            }
        }
        if (naming.isEmpty() && namingFile.required()) {
            throw new SchemaCompileException(namingFile.file(), "",
                    "the naming file is not among the schema inputs (paths are relative to the schema directory)");
        }
        return new NamingInputs(schemas, naming.map(new NamingFileReader()::read).orElse(NamingWords.none()));
    }
}
