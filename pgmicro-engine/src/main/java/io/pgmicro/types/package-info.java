/**
 * The one PostgreSQL type registry: OIDs, names, lengths, text I/O, casts, and how
 * each type's values are stored in SQLite.
 *
 * <h2>Storage in SQLite (the "storage value" of every API here)</h2>
 * A storage value is what sits in a SQLite column and what sqlite-jdbc hands back:
 * {@code null}, {@link java.lang.Long}, {@link java.lang.Double}, {@link java.lang.String}
 * or {@code byte[]}. Text forms are chosen so that the file reads well in the sqlite3
 * CLI and so that SQLite's own ordering (BINARY on UTF-8, i.e. code point order, which
 * is PostgreSQL's order under the C.UTF-8 collation) is right wherever it can be.
 * <table>
 * <tr><th>type</th><th>SQLite</th><th>storage value</th></tr>
 * <tr><td>bool</td><td>INTEGER</td><td>0 / 1</td></tr>
 * <tr><td>int2, int4, int8, oid</td><td>INTEGER</td><td>Long</td></tr>
 * <tr><td>float4, float8</td><td>REAL</td><td>Double; NaN is the TEXT 'NaN' (SQLite turns a NaN REAL into NULL)</td></tr>
 * <tr><td>numeric</td><td>TEXT, COLLATE pg_numeric</td><td>PostgreSQL's output text, e.g. '12.50', 'NaN' (texts that
 *     differ only in scale are equal values: tables declare the collation, other comparisons name it)</td></tr>
 * <tr><td>text, varchar, bpchar, name</td><td>TEXT</td><td>the string (bpchar blank-padded to its length)</td></tr>
 * <tr><td>"char"</td><td>TEXT</td><td>the byte as one character U+0001..U+00FF; '' for the zero byte</td></tr>
 * <tr><td>date</td><td>TEXT</td><td>'YYYY-MM-DD'</td></tr>
 * <tr><td>time</td><td>TEXT</td><td>'HH:MM:SS[.ffffff]', trailing zeros of the fraction dropped</td></tr>
 * <tr><td>timetz</td><td>TEXT</td><td>'HH:MM:SS[.ffffff]+HH[:MM]'</td></tr>
 * <tr><td>timestamp</td><td>TEXT</td><td>'YYYY-MM-DD HH:MM:SS[.ffffff]'</td></tr>
 * <tr><td>timestamptz</td><td>TEXT</td><td>the instant in UTC: 'YYYY-MM-DD HH:MM:SS[.ffffff]+00'</td></tr>
 * <tr><td>interval</td><td>TEXT, compared COLLATE pg_interval</td><td>PostgreSQL's 'postgres' IntervalStyle output, e.g. '1 year 2 mons 3 days 04:05:06'</td></tr>
 * <tr><td>uuid</td><td>TEXT</td><td>lower-case canonical form</td></tr>
 * <tr><td>json</td><td>TEXT</td><td>the text as entered</td></tr>
 * <tr><td>jsonb</td><td>TEXT, compared COLLATE pg_jsonb</td><td>jsonb's normalized output text (texts that differ
 *     only in a number's scale are equal values, hence the collation: {@link io.pgmicro.types.JsonbOrder})</td></tr>
 * <tr><td>bytea</td><td>BLOB</td><td>byte[]</td></tr>
 * <tr><td>bit, varbit</td><td>TEXT</td><td>the digits, e.g. '1011' (text order is bit-string order)</td></tr>
 * <tr><td>enum types</td><td>TEXT</td><td>the label</td></tr>
 * <tr><td>arrays</td><td>TEXT</td><td>PostgreSQL's array output text of the elements' storage texts, e.g. '{1,2,3}',
 *     '{"a b",NULL}', '{{1,2},{3,4}}', '[0:1]={7,8}' (see below)</td></tr>
 * <tr><td>composite types, records</td><td>TEXT</td><td>record_out's text, e.g. '(1,"a b",)': each field in its
 *     type's output form, an empty field for NULL</td></tr>
 * </table>
 * A composite value's fields are read back out of its text by position (RecordText) and
 * converted to the field's type, so (v).f, ROW comparisons and FROM's expansion of a
 * function's record all go through the same text. Equality of two such texts is equality
 * of the values; order is not, so comparisons and ORDER BY go field by field.
 * Because the fractional seconds carry no trailing zeros, the date/time texts sort
 * correctly as plain strings for years 1 to 9999.
 *
 * <h2>Arrays</h2>
 * An array of any dimensionality (up to PostgreSQL's six) is stored as the text array_out
 * would print for it if each element printed as its storage text: nested braces per
 * dimension, elements quoted where array_out quotes them, and a dimension decoration
 * ({@code [0:1][1:3]=}) only when some lower bound is not 1. So the storage of an
 * array of timestamptz holds UTC times, and of bool 't'/'f'; the codec re-prints the
 * elements where the session's settings make their output differ (time zone, DateStyle,
 * IntervalStyle, extra_float_digits, reg* names). The empty array, of no dimensions, is
 * '{}'. Because the text fixes the shape and the canonical element texts, two arrays are
 * equal exactly when their storage texts are (except for element types whose equal
 * values have different texts, which compare element by element).
 * {@link io.pgmicro.types.ArrayValue} is the parsed form (dimensions, lower bounds,
 * elements in row-major order) that the array functions, subscripts and the binary wire
 * format work on; {@link io.pgmicro.types.ArrayText} reads and writes the text.
 */
package io.pgmicro.types;
