package io.pgmicro.types;

/**
 * The catalog as the reg* types (regclass, regtype, regproc, regprocedure,
 * regnamespace, regrole) need it: their input reads an object's name, their output
 * prints one. The session supplies it with its catalog and search path; without one
 * ({@link #NONE}) only OIDs can be read and OIDs are printed. {@code regType} is the
 * type's name ("regclass", "regproc" ...).
 */
public interface ObjectNames {
    ObjectNames NONE = new ObjectNames() {
        @Override
        public Long oid(String regType, String name) {
            return null;
        }

        @Override
        public String name(String regType, long oid) {
            return null;
        }
    };

    /** The OID the name (as the type's input reads it, e.g. 'public."Mixed"', 'upper(text)') stands for, or null if none. */
    Long oid(String regType, String name);

    /** The name the type's output prints for the OID, or null when no such object exists (the OID is printed). */
    String name(String regType, long oid);
}
