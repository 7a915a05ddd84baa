package org.appflowcontracts.codegen.model;

import java.util.List;

/** Every record and enum to generate, each list sorted by name. */
public record TypeModel(List<ObjectType> objects, List<EnumType> enums) {

    public TypeModel {
        objects = List.copyOf(objects);
        enums = List.copyOf(enums);
    }
}
