package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Real file names under a locale whose character set cannot spell them (LANG=C or POSIX, as in minimal CI and
 * pre-commit containers). Java then decodes arguments and directory entries in that character set, turning each
 * non-ASCII byte into a replacement character, and cannot turn such a name back into a path. The system still
 * holds the bytes: {@code /proc/self/cmdline} for arguments, a path's URI for directory entries. Names are taken
 * as UTF-8, as file names almost always are.
 */
final class NativeFileNames {

    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private NativeFileNames() {
    }

    /** Whether Java reads file names in a character set other than UTF-8 (so some names come out wrong). */
    static boolean lossy() {
        return !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));
    }

    /**
     * The program's arguments as they were typed: an argument Java decoded with replacement characters is
     * replaced by its bytes from {@code /proc/self/cmdline} read as UTF-8, when those bytes match it.
     */
    static String[] realArguments(String[] args) {
        if (!lossy() || Stream.of(args).noneMatch(NativeFileNames::hasReplacement)) {
            return args;
        }
        List<byte[]> raw;
        try {
            raw = split(Files.readAllBytes(CMDLINE));
        } catch (IOException | RuntimeException e) {
            return args; // not Linux, or no /proc: the names stay as Java read them
        }
        String[] real = args.clone();
        int offset = raw.size() - args.length; // the program's arguments come last
        for (int i = 0; i < args.length && offset >= 0; i++) {
            byte[] bytes = raw.get(offset + i);
            if (hasReplacement(args[i]) && sameExceptUndecodable(args[i], bytes)) {
                real[i] = utf8(bytes).orElse(args[i]);
            }
        }
        return real;
    }

    /** The path as the user would write it, its undecodable names restored from the path's bytes. */
    static String text(Path path) {
        String shown = path.toString();
        if (!hasReplacement(shown)) {
            return shown;
        }
        StringBuilder text = new StringBuilder(path.isAbsolute() ? "/" : "");
        for (int i = 0; i < path.getNameCount(); i++) {
            text.append(i == 0 ? "" : "/").append(realName(path.getName(i)));
        }
        return text.toString();
    }

    /** The existing file or directory a name no path can be made of stands for, found by listing directories. */
    static Optional<Path> locate(String name) {
        Path at = Path.of(name.startsWith("/") ? "/" : "");
        for (String element : name.split("/")) {
            if (element.isEmpty()) {
                continue;
            }
            if (element.chars().allMatch(c -> c < 0x80)) {
                at = at.resolve(element);
                continue;
            }
            Optional<Path> entry = entryNamed(at, element);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            at = at.resolve(entry.get());
        }
        return Optional.of(at);
    }

    private static Optional<Path> entryNamed(Path directory, String name) {
        try (Stream<Path> entries = Files.list(directory.toString().isEmpty() ? Path.of(".") : directory)) {
            return entries.map(Path::getFileName).filter(e -> realName(e).equals(name)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One name element, from its bytes: its URI carries them percent-encoded. */
    private static String realName(Path element) {
        String uri = Path.of("/").resolve(element).toUri().getRawPath();
        String escaped = uri.substring(1, uri.endsWith("/") && uri.length() > 1 ? uri.length() - 1 : uri.length());
        return utf8(percentDecoded(escaped)).orElse(element.toString());
    }

    private static byte[] percentDecoded(String escaped) {
        ByteBuffer bytes = ByteBuffer.allocate(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%' && i + 2 < escaped.length()) {
                bytes.put((byte) Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        byte[] out = new byte[bytes.position()];
        bytes.flip().get(out);
        return out;
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Whether an ASCII decoding of {@code bytes} gives {@code shown}: ASCII bytes equal, others replaced. */
    private static boolean sameExceptUndecodable(String shown, byte[] bytes) {
        if (shown.length() != bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            char c = shown.charAt(i);
            boolean match = bytes[i] >= 0 ? c == bytes[i] : c == '\uFFFD';
            if (!match) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasReplacement(String text) {
        return text.indexOf('\uFFFD') >= 0;
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                parts.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        return parts;
    }
}
