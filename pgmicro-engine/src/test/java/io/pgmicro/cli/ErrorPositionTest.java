package io.pgmicro.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected texts are what psql 15 printed for these statements (syntax error at "yy"). */
class ErrorPositionTest {

    private static String at(String statement, String marker) {
        StringBuilder out = new StringBuilder();
        ErrorPosition.append(out, statement, statement.indexOf(marker) + 1);
        return out.toString();
    }

    @Test
    void shortLineIsShownWhole() {
        assertEquals("LINE 1: select nosuch from t;\n"
                   + "               ^\n", at("select nosuch from t;", "nosuch"));
    }

    @Test
    void longLineIsCutOnTheRightWhenThePositionIsNearTheStart() {
        String sql = "select 11111 xx yy, 22222, 33333, 44444, 55555, 66666, 77777, 88888, 99999, 1111111111, 2222222222, 3333333333, 4444444444;";
        assertEquals("LINE 1: select 11111 xx yy, 22222, 33333, 44444, 55555, 66666, 77777...\n"
                   + "                        ^\n", at(sql, "yy"));
        String sql2 = "select 11111, 22222, 33333, 44444, 55555 xx yy, 66666, 77777, 88888, 99999, 1111111111, 2222222222, 3333333333, 4444444444;";
        assertEquals("LINE 1: select 11111, 22222, 33333, 44444, 55555 xx yy, 66666, 77777...\n"
                   + "                                                    ^\n", at(sql2, "yy"));
    }

    @Test
    void longLineIsCutOnBothSidesAroundAPositionInTheMiddle() {
        String sql = "select 11111, 22222, 33333, 44444, 55555, 66666, 77777 xx yy, 88888, 99999, 1111111111, 2222222222, 3333333333, 4444444444;";
        assertEquals("LINE 1: ...1111, 22222, 33333, 44444, 55555, 66666, 77777 xx yy, 88888,...\n"
                   + "                                                             ^\n", at(sql, "yy"));
        String sql2 = "select 11111, 22222, 33333, 44444, 55555, 66666, 77777, 88888, 99999 xx yy, 1111111111, 2222222222, 3333333333, 4444444444;";
        assertEquals("LINE 1: ...3333, 44444, 55555, 66666, 77777, 88888, 99999 xx yy, 111111...\n"
                   + "                                                             ^\n", at(sql2, "yy"));
    }

    @Test
    void longLineIsCutOnTheLeftWhenThePositionIsNearTheEnd() {
        String sql = "select 1111111111, 2222222222, 3333333333, 4444444444, 55555555 xx yy;";
        assertEquals("LINE 1: ...1111111, 2222222222, 3333333333, 4444444444, 55555555 xx yy;\n"
                   + "                                                                    ^\n", at(sql, "yy"));
    }

    @Test
    void theLineHoldingThePositionIsShownWithItsNumber() {
        String sql = "select 1,\n 2 xx yy, 3333333333, 4444444444, 5555555555, 6666666666, 7777777777 -- comment\n;";
        assertEquals("LINE 2:  2 xx yy, 3333333333, 4444444444, 5555555555, 6666666666, 77...\n"
                   + "              ^\n", at(sql, "yy"));
        String sql3 = "select 1\n  ,\n  /* c */ nosuch6\n;";
        assertEquals("LINE 3:   /* c */ nosuch6\n"
                   + "                  ^\n", at(sql3, "nosuch6"));
    }

    @Test
    void tabsAreShownAsSpaces() {
        assertEquals("LINE 1: select 1, nosuch5;\n"
                   + "                  ^\n", at("select\t1,\tnosuch5;", "nosuch5"));
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        String sql = "select '日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語' || nosuch4;";
        assertEquals("LINE 1: ...本語日本語日本語日本語日本語日本語日本語日本語' || nosuch4;\n"
                   + "                                                              ^\n", at(sql, "nosuch4"));
    }

    @Test
    void positionPastTheEndPrintsNothing() {
        StringBuilder out = new StringBuilder();
        ErrorPosition.append(out, "select 1", 20);
        assertEquals("", out.toString());
    }

    @Test
    void positionAtTheEndPointsAfterTheLastCharacter() {
        // psql for "select 1 +": syntax error at end of input
        StringBuilder out = new StringBuilder();
        ErrorPosition.append(out, "select 1 +", "select 1 +".length() + 1);
        assertEquals("LINE 1: select 1 +\n"
                   + "                  ^\n", out.toString());
    }
}
