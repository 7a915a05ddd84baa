package org.appflowcontracts.validator.format.mapping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ListShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.MapShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ObjectShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ScalarShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.Shape;

/** The {@link ValuePlan} of every API shape as one format writes it, each made once, on first use. */
final class MappingPlans {

    private final ApiShapes shapes;
    private final FormatMapping mapping;
    private final Map<String, ValuePlan> made = new ConcurrentHashMap<>();

    MappingPlans(ApiShapes shapes, FormatMapping mapping) {
        this.shapes = shapes;
        this.mapping = mapping;
    }

    /** The plan of the shape named {@code shapeName}. */
    ValuePlan of(String shapeName) {
        ValuePlan known = made.get(shapeName);
        if (known == null) {
            // Not computeIfAbsent: making a plan only creates links, but must not update the map it is made for.
            known = make(shapes.shape(shapeName));
            ValuePlan raced = made.putIfAbsent(shapeName, known);
            known = raced != null ? raced : known;
        }
        return known;
    }

    /** A link to the plan of {@code shapeName} (null: any value). */
    PlanLink link(String shapeName) {
        return shapeName == null ? PlanLink.AS_WRITTEN : new PlanLink(this, shapeName);
    }

    private ValuePlan make(Shape shape) {
        if (shape instanceof ObjectShape object) {
            return new ValuePlan.ObjectValues(ObjectPlan.of(shapes, mapping, object, this));
        }
        if (shape instanceof MapShape map) {
            return new ValuePlan.MapValues(link(map.valueShape()));
        }
        if (shape instanceof ListShape list) {
            return new ValuePlan.ListValues(link(list.itemShape()));
        }
        if (shape instanceof ScalarShape scalar && mapping.convertsScalars()
                && ScalarConversion.converts(scalar.type())) {
            return new ValuePlan.Scalar(scalar.type());
        }
        return ValuePlan.AS_WRITTEN;
    }
}
