package io.pgmicro.cli;

/** The --help text. */
final class Usage {
    private Usage() {
    }

    static final String TEXT = """
            pgmicro is a PostgreSQL-compatible database in the JVM, with a psql-like shell.

            Usage:
              pgmicro [OPTION]... [DB]

            DB is :memory: (the default) or the path of a database file (a SQLite file).

            General options:
              -c, --command=COMMAND    run only single command (SQL or internal) and exit
              -f, --file=FILENAME      execute commands from file, then exit ("-" reads standard input)
              -v, --set=, --variable=NAME=VALUE
                                       set psql variable NAME to VALUE (e.g., -v ON_ERROR_STOP=1)
              -X, --no-psqlrc          accepted for compatibility with psql; pgmicro reads no startup file
                  --dialect=DIALECT    SQL dialect of the session: postgresql (default) or sqlite
              -V, --version            output version information, then exit
              -?, --help               show this help, then exit

            Input and output options:
              -a, --echo-all           echo all input from script
              -q, --quiet              run quietly (no messages, only query output)

            Output matches psql's default aligned format, and errors in -f scripts are
            reported as psql reports them ("psql:FILE:LINE: ERROR:  ..."), so that the
            output can be compared with psql's output against PostgreSQL.
            Type \\? inside pgmicro for its backslash commands.
            """;
}
