package org.appflowcontracts.validator.suppress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.appflowcontracts.validator.Violation;

/**
 * A finding's identity without its line and column: rule, resource, pointer and message. Lines move whenever
 * something above is edited; these change only when the finding itself does.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Violation v) {
        String text = v.ruleId() + '\0' + (v.resource() == null ? "" : v.resource()) + '\0' + v.pointer() + '\0'
                + v.message();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
