package io.pgmicro.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every expected text here is what psql 15 printed for the equivalent query. */
class AlignedTableTest {

    private static AlignedTable table(String headers, String alignment) {
        boolean[] right = new boolean[alignment.length()];
        for (int i = 0; i < right.length; i++) {
            right[i] = alignment.charAt(i) == 'r';
        }
        return new AlignedTable(null, headers.isEmpty() ? List.of() : List.of(headers.split(",", -1)), right);
    }

    @Test
    void headerIsCenteredAndLastColumnIsNotPadded() {
        // select 1 as a, 'x' as b;
        assertEquals(" a | b \n---+---\n 1 | x\n(1 row)\n\n", table("a,b", "rl").addRow("1", "x").render());
    }

    @Test
    void emptyResultAndPlural() {
        assertEquals(" x | y \n---+---\n(0 rows)\n\n", table("x,y", "rl").render());
        assertEquals(" x  | ?column? \n----+----------\n  9 |       18\n 10 |       20\n(2 rows)\n\n",
                table("x,?column?", "rr").addRow("9", "18").addRow("10", "20").render());
    }

    @Test
    void zeroColumns() {
        // select;   and   select where false;
        assertEquals("--\n(1 row)\n\n", table("", "").addRow().render());
        assertEquals("--\n(0 rows)\n\n", table("", "").render());
    }

    @Test
    void multiLineValuesGetContinuationMarks() {
        // select 'multi\nline' as m, 12345 as n, null as z, true as t;
        assertEquals("   m   |   n   | z | t \n"
                   + "-------+-------+---+---\n"
                   + " multi+| 12345 |   | t\n"
                   + " line  |       |   | \n"
                   + "(1 row)\n\n",
                table("m,n,z,t", "lrll").addRow("multi\nline", "12345", null, "t").render());
        // select E'x\ny\nz' as a, 42 as n, E'p\nq' as last;
        assertEquals(" a | n  | last \n"
                   + "---+----+------\n"
                   + " x+| 42 | p   +\n"
                   + " y+|    | q\n"
                   + " z |    | \n"
                   + "(1 row)\n\n",
                table("a,n,last", "lrl").addRow("x\ny\nz", "42", "p\nq").render());
        // select 12 as n, E'1\n22' as m;
        assertEquals(" n  | m  \n----+----\n 12 | 1 +\n    | 22\n(1 row)\n\n",
                table("n,m", "rl").addRow("12", "1\n22").render());
        // select 'x' as a union all select E'yy\n';
        assertEquals(" a  \n----\n x\n yy+\n \n(2 rows)\n\n", table("a", "l").addRow("x").addRow("yy\n").render());
    }

    @Test
    void multiLineHeaders() {
        // select 1 as "multi\nheader", 'a' as b;
        assertEquals(" multi +| b \n header |   \n--------+---\n      1 | a\n(1 row)\n\n",
                table("multi\nheader,b", "rl").addRow("1", "a").render());
    }

    @Test
    void emptyStringsNullsAndSpaces() {
        // select '' as e, null::int as n, '  spaced  ' as s;
        assertEquals(" e | n |     s      \n---+---+------------\n   |   |   spaced  \n(1 row)\n\n",
                table("e,n,s", "lrl").addRow("", null, "  spaced  ").render());
    }

    @Test
    void controlCharactersAreEscapedAndTabsExpanded() {
        // select E'a\rb' as cr, E'a\x01b' as ctl, E'tab\tmid\tend' as t;
        assertEquals("  cr  |  ctl   |          t          \n"
                   + "------+--------+---------------------\n"
                   + " a\\rb | a\\x01b | tab     mid     end\n"
                   + "(1 row)\n\n",
                table("cr,ctl,t", "lll").addRow("a\rb", "a\u0001b", "tab\tmid\tend").render());
        // select E'\x7f' del, 2 n;   and   E'\u0080' c1
        assertEquals(" del  | n \n------+---\n \\x7F | 2\n(1 row)\n\n",
                table("del,n", "lr").addRow("\u007f", "2").render());
        assertEquals("   c1   | n \n--------+---\n \\u0080 | 1\n(1 row)\n\n",
                table("c1,n", "lr").addRow("\u0080", "1").render());
    }

    @Test
    void wideAndCombiningCharacters() {
        // select 'héllo wörld' as "ü", '日本語' as j;
        assertEquals("      ü      |   j    \n-------------+--------\n héllo wörld | 日本語\n(1 row)\n\n",
                table("ü,j", "ll").addRow("héllo wörld", "日本語").render());
        // select E'e\u0301' as comb, E'\U0001F600' as emoji, E'\u200b' zw, 1 n;
        assertEquals(" comb | emoji | zw | n \n------+-------+----+---\n e\u0301    | \uD83D\uDE00    | \u200b  | 1\n(1 row)\n\n",
                table("comb,emoji,zw,n", "lllr").addRow("e\u0301", "\uD83D\uDE00", "\u200b", "1").render());
    }

    @Test
    void titleIsCenteredOverTheTableAndFootersReplaceTheRowCount() {
        // \dn on a fresh database
        AlignedTable schemas = new AlignedTable("List of schemas", List.of("Name", "Owner"), new boolean[2])
                .addRow("other", "postgres").addRow("public", "pg_database_owner");
        assertEquals("      List of schemas\n"
                   + "  Name  |       Owner       \n"
                   + "--------+-------------------\n"
                   + " other  | postgres\n"
                   + " public | pg_database_owner\n"
                   + "(2 rows)\n\n", schemas.render());
        AlignedTable withFooter = new AlignedTable("Table \"public.t\"", List.of("Column", "Type"), new boolean[2])
                .addRow("a", "integer").footers(List.of("Indexes:", "    \"t_pkey\" PRIMARY KEY, btree (a)"));
        assertEquals(" Table \"public.t\"\n Column |  Type   \n--------+---------\n a      | integer\n"
                   + "Indexes:\n    \"t_pkey\" PRIMARY KEY, btree (a)\n\n", withFooter.render());
    }
}
