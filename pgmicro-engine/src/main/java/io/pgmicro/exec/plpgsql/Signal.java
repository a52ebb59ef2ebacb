package io.pgmicro.exec.plpgsql;

/** How a statement ended other than by running to its end: EXIT, CONTINUE or RETURN (with a loop label or null). */
record Signal(char kind, String label) {
    static final Signal RETURN = new Signal('r', null);

    boolean isReturn() {
        return kind == 'r';
    }

    /** Whether an EXIT/CONTINUE with this label ends at (or continues) a loop or block labelled {@code target}. */
    boolean targets(String target) {
        return label == null || label.equals(target);
    }
}
