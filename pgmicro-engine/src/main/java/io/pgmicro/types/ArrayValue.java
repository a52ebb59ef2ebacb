package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A PostgreSQL array of any dimensionality, as its shape (the length and lower bound of
 * each dimension) and its element texts in row-major order (null for NULL). An empty
 * array has no dimensions. The element texts are whatever the holder keeps in them:
 * storage texts in a stored array (see {@link ArrayCodec}), output texts when printing.
 * {@link #toString} is array_out's text, read back by {@link #parse}.
 */
public final class ArrayValue {
    /** PostgreSQL's MAXDIM. */
    public static final int MAX_DIMENSIONS = 6;

    /** PostgreSQL's MaxArraySize. */
    public static final long MAX_ELEMENTS = 134217727;

    public static final ArrayValue EMPTY = new ArrayValue(List.of(), new int[0], new int[0]);

    private final List<String> elements;
    private final int[] dims;
    private final int[] lowerBounds;

    /**
     * An array of this shape; the number of elements must be the product of the lengths.
     * Fails as PostgreSQL does when one past an upper bound would pass the int range (54000).
     */
    public ArrayValue(List<String> elements, int[] dims, int[] lowerBounds) {
        if (dims.length > MAX_DIMENSIONS) {
            throw tooManyDimensions(dims.length);
        }
        long count = dims.length == 0 ? 0 : 1;
        for (int i = 0; i < dims.length; i++) {
            count *= dims[i];
            if (dims[i] > 0 && (long) lowerBounds[i] + dims[i] > Integer.MAX_VALUE) {
                // PostgreSQL's own limit: one past the upper bound must still be an int
                throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "array lower bound is too large: " + lowerBounds[i]);
            }
        }
        if (count != elements.size()) {
            throw new IllegalArgumentException("array of " + elements.size() + " elements for dimensions "
                    + Arrays.toString(dims));
        }
        boolean empty = count == 0;
        this.elements = Collections.unmodifiableList(new ArrayList<>(elements));
        this.dims = empty ? new int[0] : dims.clone();
        this.lowerBounds = empty ? new int[0] : lowerBounds.clone();
    }

    /** A one-dimensional array from 1 (empty when there are no elements). */
    public static ArrayValue of(List<String> elements) {
        return of(elements, 1);
    }

    /** A one-dimensional array whose first subscript is lowerBound. */
    public static ArrayValue of(List<String> elements, int lowerBound) {
        return new ArrayValue(elements, new int[] {elements.size()}, new int[] {lowerBound});
    }

    /** Reads array_in's text: '{1,2}', '{{1,2},{3,4}}', '[0:1]={a,b}'; errors as PostgreSQL's. */
    public static ArrayValue parse(String text) {
        return ArrayText.parse(text);
    }

    public static PgException tooLarge() {
        return new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "array size exceeds the maximum allowed (" + MAX_ELEMENTS + ")");
    }

    public static PgException tooManyDimensions(int ndims) {
        return new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "number of array dimensions (" + ndims
                + ") exceeds the maximum allowed (" + MAX_DIMENSIONS + ")");
    }

    public List<String> elements() {
        return elements;
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    public int ndims() {
        return dims.length;
    }

    /** The length of dimension d, counted from 0. */
    public int length(int d) {
        return dims[d];
    }

    /** The lower bound of dimension d, counted from 0. */
    public int lowerBound(int d) {
        return lowerBounds[d];
    }

    public int upperBound(int d) {
        return lowerBounds[d] + dims[d] - 1;
    }

    public int[] dims() {
        return dims.clone();
    }

    public int[] lowerBounds() {
        return lowerBounds.clone();
    }

    /** Whether every lower bound is 1, so that the text form needs no dimension decoration. */
    public boolean hasDefaultBounds() {
        for (int lb : lowerBounds) {
            if (lb != 1) {
                return false;
            }
        }
        return true;
    }

    /** The same shape with each element text mapped (NULLs stay NULL). */
    public ArrayValue map(UnaryOperator<String> f) {
        List<String> out = new ArrayList<>(elements.size());
        for (String e : elements) {
            out.add(e == null ? null : f.apply(e));
        }
        return new ArrayValue(out, dims, lowerBounds);
    }

    /** The same shape with other elements. */
    public ArrayValue withElements(List<String> other) {
        return new ArrayValue(other, dims, lowerBounds);
    }

    /** Whether the two have the same dimensions and lower bounds. */
    public boolean sameShape(ArrayValue other) {
        return Arrays.equals(dims, other.dims) && Arrays.equals(lowerBounds, other.lowerBounds);
    }

    /** array_dims: '[1:2][0:3]', or null for an empty array. */
    public String dimsText() {
        if (isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < dims.length; d++) {
            out.append('[').append(lowerBounds[d]).append(':').append(upperBound(d)).append(']');
        }
        return out.toString();
    }

    /** The number of elements in one step of dimension d (the product of the later lengths). */
    public int stride(int d) {
        int s = 1;
        for (int i = d + 1; i < dims.length; i++) {
            s *= dims[i];
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayValue a && sameShape(a) && elements.equals(a.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode() * 31 + Arrays.hashCode(dims);
    }

    /** array_out's text, elements quoted where array_out quotes them. */
    @Override
    public String toString() {
        return ArrayText.format(this);
    }
}
