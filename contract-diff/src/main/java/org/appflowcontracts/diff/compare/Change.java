package org.appflowcontracts.diff.compare;

import java.math.BigDecimal;
import java.util.List;
import org.appflowcontracts.diff.model.BoundUnit;
import org.appflowcontracts.diff.model.Node;
import org.appflowcontracts.diff.model.Side;

/**
 * One difference between two contract versions, in one operation's request or response. Each kind knows whether
 * it can break callers (request side) or readers (response side); see the compatibility table in README.md.
 */
public sealed interface Change {

    String operation();

    Side side();

    MemberPath path();

    Compatibility compatibility();

    /** A new operation: nobody calls it yet. */
    record OperationAdded(String operation) implements Change {
        public Side side() {
            return Side.REQUEST;
        }

        public MemberPath path() {
            return MemberPath.ROOT;
        }

        public Compatibility compatibility() {
            return Compatibility.COMPATIBLE;
        }
    }

    /** An operation gone: every call to it fails. */
    record OperationRemoved(String operation) implements Change {
        public Side side() {
            return Side.REQUEST;
        }

        public MemberPath path() {
            return MemberPath.ROOT;
        }

        public Compatibility compatibility() {
            return Compatibility.BREAKING;
        }
    }

    /** A new member; in a request it breaks callers only when required. */
    record MemberAdded(String operation, Side side, MemberPath path, Node node, boolean required) implements Change {
        public Compatibility compatibility() {
            return side == Side.REQUEST && required ? Compatibility.BREAKING : Compatibility.COMPATIBLE;
        }
    }

    /** A member gone: callers sending it are rejected, readers expecting it miss it. */
    record MemberRemoved(String operation, Side side, MemberPath path, Node node) implements Change {
        public Compatibility compatibility() {
            return Compatibility.BREAKING;
        }
    }

    /** A member of another type. */
    record TypeChanged(String operation, Side side, MemberPath path, String before, String after) implements Change {
        public Compatibility compatibility() {
            return Compatibility.BREAKING;
        }
    }

    /** A member became required (breaks callers) or optional (breaks readers that rely on it). */
    record RequiredChanged(String operation, Side side, MemberPath path, boolean required) implements Change {
        public Compatibility compatibility() {
            boolean breaks = side == Side.REQUEST ? required : !required;
            return breaks ? Compatibility.BREAKING : Compatibility.COMPATIBLE;
        }
    }

    /** New values of an enum: callers may send them; readers may get values they do not know. */
    record EnumValuesAdded(String operation, Side side, MemberPath path, List<String> values) implements Change {
        public Compatibility compatibility() {
            return Direction.WIDENED.compatibility(side);
        }
    }

    /** Values no longer in an enum: callers sending them are rejected. */
    record EnumValuesRemoved(String operation, Side side, MemberPath path, List<String> values) implements Change {
        public Compatibility compatibility() {
            return Direction.NARROWED.compatibility(side);
        }
    }

    /** A value that was free text became an enum ({@code values}), or an enum became free text. */
    record EnumRestriction(String operation, Side side, MemberPath path, Direction direction, List<String> values)
            implements Change {
        public Compatibility compatibility() {
            return direction.compatibility(side);
        }
    }

    /** A minimum or maximum (of a value, a length, a list's items, a map's entries); null = unbounded. */
    record BoundChanged(String operation, Side side, MemberPath path, BoundUnit unit, boolean minimum,
            BigDecimal before, BigDecimal after) implements Change {
        public Direction direction() {
            if (before == null || after == null) {
                return before == null ? Direction.NARROWED : Direction.WIDENED;
            }
            boolean raised = after.compareTo(before) > 0;
            return raised == minimum ? Direction.NARROWED : Direction.WIDENED;
        }

        public Compatibility compatibility() {
            return direction().compatibility(side);
        }
    }

    /** A pattern added (narrowed), dropped (widened) or replaced (changed); null = no pattern. */
    record PatternChanged(String operation, Side side, MemberPath path, String before, String after)
            implements Change {
        public Direction direction() {
            if (before == null) {
                return Direction.NARROWED;
            }
            return after == null ? Direction.WIDENED : Direction.CHANGED;
        }

        public Compatibility compatibility() {
            return direction().compatibility(side);
        }
    }

    /** A rule overlay new to the operation's request; an error-level rule rejects requests that passed. */
    record RuleAdded(String operation, String ruleId, String severity) implements Change {
        public Side side() {
            return Side.REQUEST;
        }

        public MemberPath path() {
            return MemberPath.ROOT;
        }

        public Compatibility compatibility() {
            return "error".equals(severity) ? Compatibility.BREAKING : Compatibility.COMPATIBLE;
        }
    }

    /** A rule overlay no longer applied. */
    record RuleRemoved(String operation, String ruleId, String severity) implements Change {
        public Side side() {
            return Side.REQUEST;
        }

        public MemberPath path() {
            return MemberPath.ROOT;
        }

        public Compatibility compatibility() {
            return Compatibility.COMPATIBLE;
        }
    }

    /** A rule's severity changed; raised to error it rejects requests that passed. */
    record RuleSeverityChanged(String operation, String ruleId, String before, String after) implements Change {
        public Side side() {
            return Side.REQUEST;
        }

        public MemberPath path() {
            return MemberPath.ROOT;
        }

        public Compatibility compatibility() {
            return "error".equals(after) ? Compatibility.BREAKING : Compatibility.COMPATIBLE;
        }
    }

    /**
     * What a rule tests changed under the same id (its severity now {@code severity}). Whether it accepts more or
     * less cannot be told from the schemas, so an error-level rule counts as breaking, like a replaced pattern;
     * {@code diff --check} tells which files it really affects.
     */
    record RuleCheckChanged(String operation, String ruleId, String severity) implements Change {
        public Side side() {
            return Side.REQUEST;
        }

        public MemberPath path() {
            return MemberPath.ROOT;
        }

        public Compatibility compatibility() {
            return "error".equals(severity) ? Compatibility.BREAKING : Compatibility.COMPATIBLE;
        }
    }
}
