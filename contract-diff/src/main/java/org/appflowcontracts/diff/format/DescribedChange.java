package org.appflowcontracts.diff.format;

import java.util.Map;
import org.appflowcontracts.diff.compare.Change;

/**
 * A change as the formatters show it.
 *
 * @param kind   a stable id of the change kind ({@code member-added}, {@code bound-changed}, ...)
 * @param detail one phrase for people
 * @param fields the kind's typed facts for machine output, in a fixed order
 */
public record DescribedChange(Change change, String kind, String detail, Map<String, Object> fields) {
}
