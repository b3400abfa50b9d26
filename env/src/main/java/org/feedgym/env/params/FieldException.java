package org.feedgym.env.params;

/**
 * A parameter rule broken at a known place below the object being built: {@link #field()} is
 * the relative JSON path ({@code response.affinity}, {@code defs.night-owl.driftRate}) that a
 * config reader appends to the object's own path, so the message reads
 * {@code $.world.userModel.response.affinity: affinity must be in [0.0, 20.0], got 50.0}.
 */
public final class FieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the relative path of the offending value, without a leading dot
     * @param rule  the rule broken, e.g. {@code affinity must be in [0.0, 20.0], got 50.0}
     */
    public FieldException(String field, String rule) {
        super(rule);
        this.field = field;
    }

    /** The relative JSON path of the offending value. */
    public String field() {
        return field;
    }

    /**
     * {@code e} as a field exception: itself, or for a plain rule whose message starts with a
     * field name ({@code "affinity must be ..."}, as {@link ParameterChecks} writes them) that
     * name; otherwise an empty field.
     */
    public static FieldException named(IllegalArgumentException e) {
        if (e instanceof FieldException f) {
            return f;
        }
        String message = e.getMessage() == null ? "invalid value" : e.getMessage();
        int space = message.indexOf(' ');
        String first = space > 0 ? message.substring(0, space) : "";
        return new FieldException(first.matches("[A-Za-z][A-Za-z0-9]*") ? first : "", message);
    }

    /** {@code e} moved below {@code prefix}: its field becomes {@code prefix.field}. */
    public static FieldException under(String prefix, IllegalArgumentException e) {
        FieldException f = named(e);
        return new FieldException(f.field.isEmpty() ? prefix : prefix + "." + f.field, f.getMessage());
    }
}
