package org.feedgym.env.usermodel;

import java.util.Objects;
import java.util.function.Function;

/**
 * One registered implementation of a user-model part.
 *
 * @param part        the part it implements
 * @param type        its registry id, e.g. {@code logistic-watch}
 * @param description one line for listings
 * @param parameters  its parameter record; the JSON keys beside {@code type} are its components
 * @param factory     builds the implementation from validated parameters
 * @param <P>         the parameter record
 */
public record PartType<P extends Record>(Part part, String type, String description, Class<P> parameters,
                                         Function<P, ?> factory) {

    public PartType {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(factory, "factory");
    }

    /** The implementation for {@code values}, which must be of this type's parameter record. */
    Object create(Record values) {
        Object model = factory.apply(parameters.cast(values));
        return part.model().cast(model);
    }
}
