package org.appflowcontracts.diff.compare;

import org.appflowcontracts.diff.model.Side;

/**
 * How a constraint moved. A narrowed request rejects what callers sent before; a widened response sends what
 * readers did not expect. A change that is neither provably narrower nor wider (a new pattern) counts both ways.
 */
public enum Direction {
    NARROWED, WIDENED, CHANGED;

    public Compatibility compatibility(Side side) {
        if (this == CHANGED) {
            return Compatibility.BREAKING;
        }
        boolean breaks = side == Side.REQUEST ? this == NARROWED : this == WIDENED;
        return breaks ? Compatibility.BREAKING : Compatibility.COMPATIBLE;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
