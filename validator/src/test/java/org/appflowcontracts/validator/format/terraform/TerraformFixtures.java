package org.appflowcontracts.validator.format.terraform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.parse.LocatedDocument;

/** Test files under {@code templates/terraform/} and inline configurations, read and adapted. */
final class TerraformFixtures {

    private TerraformFixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = TerraformFixtures.class.getResourceAsStream("/templates/terraform/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocatedDocument read(byte[] content, InputFormat format) {
        try {
            return TerraformAdapter.parse(content, format);
        } catch (InputException e) {
            throw new AssertionError(e.line() + ":" + e.column() + ": " + e.getMessage(), e);
        }
    }

    static List<DeclaredFlow> flows(byte[] content, InputFormat format) {
        return TerraformAdapter.shipped().flows(read(content, format), format);
    }

    static List<DeclaredFlow> flows(String text, InputFormat format) {
        return flows(text.getBytes(StandardCharsets.UTF_8), format);
    }
}
