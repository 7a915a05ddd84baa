package org.appflowcontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.appflowcontracts.validator.parse.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size limit reads the same to every caller: an array handed over, a file, a YAML or a JSON source. */
class OversizedDocumentTest {

    private static final String MESSAGE = "document is larger than " + InputLimits.MAX_DOCUMENT_BYTES
            + " bytes (8 MiB), the size limit; nothing past it is read";

    @TempDir
    Path temp;

    private static byte[] oversized() {
        byte[] content = new byte[InputLimits.MAX_DOCUMENT_BYTES + 1];
        Arrays.fill(content, (byte) ' ');
        byte[] start = "{\"flowName\": \"a\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, content, 0, start.length);
        return content;
    }

    @Test
    void anArrayAndAFileOverTheLimitGetTheSameLocatedMessage() throws Exception {
        ContractValidator validator = ContractValidator.forOperation("CreateFlow");
        byte[] content = oversized();
        Path file = Files.write(temp.resolve("big.json"), content);
        for (InputException e : new InputException[] {
            catchThrowableOfType(InputException.class, () -> validator.validate(content, "big.json")),
            catchThrowableOfType(InputException.class, () -> validator.validate(content, "big.yaml")),
            catchThrowableOfType(InputException.class, () -> validator.validate(file))}) {
            assertThat(e.getMessage()).isEqualTo(MESSAGE);
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(1);
        }
    }

    @Test
    void aDocumentOfExactlyTheLimitIsRead() throws Exception {
        byte[] content = Arrays.copyOf(oversized(), InputLimits.MAX_DOCUMENT_BYTES);
        content[content.length - 1] = '}';
        ValidationReport report = ContractValidator.forOperation("CreateFlow").validate(content, "flow.json");
        assertThat(report.violations()).isNotEmpty();
    }
}
