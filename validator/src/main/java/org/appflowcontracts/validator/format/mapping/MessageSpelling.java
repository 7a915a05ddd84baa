package org.appflowcontracts.validator.format.mapping;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ListShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.MapShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ObjectShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.Shape;

/**
 * Rewrites the member names a message mentions into a format's spelling ({@code idFieldNames} becomes
 * {@code IdFieldNames}), from the same mapping data the request is made with. A lone lowercase word that is also
 * ordinary English ({@code object}, {@code tasks}) is rewritten only where it clearly names a member: quoted, or as
 * part of a dotted path ({@code EventBridge.object}); a lone capitalised word ({@code S3}, {@code Scheduled}) is
 * left as written. A wrapped member disappears from a path
 * ({@code triggerProperties.Scheduled} is the template's {@code TriggerProperties}). The values a message lists
 * ({@code must be one of Scheduled, Event, OnDemand; did you mean 'Scheduled'?}) are values, never members, even
 * quoted and even where a member has the same name ({@code S3}, the block {@code s3}).
 */
public final class MessageSpelling {

    /** How a type-level enumeration message introduces its values. */
    private static final String ONE_OF = "must be one of ";

    private final Map<String, String> spellings;
    /** {@code apiMember.wrapped} paths and the file member that stands for both. */
    private final Map<String, String> wraps;

    private MessageSpelling(Map<String, String> spellings, Map<String, String> wraps) {
        this.spellings = spellings;
        this.wraps = wraps;
    }

    /** The spellings of every member reachable from the mapping's request shape. */
    public static MessageSpelling of(ApiShapes shapes, FormatMapping mapping) {
        Map<String, String> spellings = new HashMap<>();
        Map<String, String> wraps = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        pending.push(mapping.requestShape());
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            Shape shape = shapes.shape(name);
            if (shape instanceof ObjectShape object) {
                for (Map.Entry<String, String> m : object.members().entrySet()) {
                    String member = m.getKey();
                    String file = mapping.fileName(name, member);
                    String before = spellings.putIfAbsent(member, file);
                    if (before != null && !before.equals(file)) {
                        ambiguous.add(member);
                    }
                    if (mapping.reshape(name, member).orElse(null) instanceof Reshape.Wrap wrap) {
                        wraps.put(member + "." + wrap.member(), file);
                    }
                    if (m.getValue() != null) {
                        pending.push(m.getValue());
                    }
                }
            } else if (shape instanceof MapShape map && map.valueShape() != null) {
                pending.push(map.valueShape());
            } else if (shape instanceof ListShape list && list.itemShape() != null) {
                pending.push(list.itemShape());
            }
        }
        // A name spelt two ways (a camelCase exception in one shape) keeps the convention's spelling.
        for (String member : ambiguous) {
            spellings.put(member, mapping.naming().apply(member));
        }
        Map<String, String> differing = new HashMap<>();
        for (Map.Entry<String, String> e : spellings.entrySet()) {
            if (!e.getKey().equals(e.getValue())) {
                differing.put(e.getKey(), e.getValue());
            }
        }
        return new MessageSpelling(Map.copyOf(differing), Map.copyOf(wraps));
    }

    /** The message with the member names it mentions spelt as the file spells them. */
    public String rewrite(String message) {
        StringBuilder out = new StringBuilder(message.length() + 16);
        Set<String> values = listedValues(message);
        int done = 0;
        for (int start = MemberPaths.next(message, 0); start >= 0; start = MemberPaths.next(message, done)) {
            int end = MemberPaths.end(message, start);
            String path = message.substring(start, end);
            boolean quoted = start > 0 && message.charAt(start - 1) == '\''
                    && end < message.length() && message.charAt(end) == '\'';
            if (values.contains(path)) {
                // The user writes the value exactly as listed: a suggestion respelt as a member would be refused.
                out.append(message, done, end);
                done = end;
                continue;
            }
            // A lone capitalised word is prose or a value: a product ("send the flow to Amazon S3"), a connector
            // ("Zendesk filters only with ..."), an enum value ("triggerType Scheduled"). Members the messages name
            // start in lower case, and a capitalised one is named quoted or in a path ("S3.bucketPrefix").
            boolean prose = path.indexOf('.') < 0 && !quoted && Character.isUpperCase(path.charAt(0));
            out.append(message, done, start).append(prose ? path : rewritePath(path, quoted));
            done = end;
        }
        return out.append(message, done, message.length()).toString();
    }

    /** The values an enumeration message lists after {@value #ONE_OF}, up to the end of its clause. */
    private static Set<String> listedValues(String message) {
        int from = message.indexOf(ONE_OF);
        if (from < 0) {
            return Set.of();
        }
        from += ONE_OF.length();
        int to = message.indexOf(';', from);
        Set<String> values = new HashSet<>();
        for (String value : message.substring(from, to < 0 ? message.length() : to).split(",")) {
            values.add(value.strip());
        }
        return values;
    }

    private String rewritePath(String path, boolean quoted) {
        String[] words = path.split("\\.", -1);
        boolean clearlyAMember = words.length > 1 || quoted;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String collapsed = i + 1 < words.length ? wraps.get(word + "." + words[i + 1]) : null;
            String spelt = spellings.get(word);
            if (collapsed != null) {
                word = collapsed;
                i++;
            } else if (spelt != null && (clearlyAMember || !word.equals(word.toLowerCase(Locale.ROOT)))) {
                word = spelt;
            }
            out.append(out.length() > 0 ? "." : "").append(word);
        }
        return out.toString();
    }
}
