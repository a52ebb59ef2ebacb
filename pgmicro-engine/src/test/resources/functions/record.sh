#!/usr/bin/env bash
# Records PostgreSQL's answers for the function cases in cases.tsv into expected.tsv.
#
# cases.tsv: one case per line, "<PostgreSQL expression> TAB <SQLite expression> TAB <result type>";
# lines starting with # are section titles. Each PostgreSQL expression runs as
# "SELECT <expression>" in a session with TimeZone UTC.
#
# expected.tsv: "<PostgreSQL expression> TAB <outcome>", where the outcome is
#   value:<text>                the value's text output (\\, \n, \t escaped)
#   null                        SQL NULL
#   error:<SQLSTATE>:<message>  the error PostgreSQL raised
#
# Usage: record.sh [psql connection options]   (default: -h 127.0.0.1 -U postgres test)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
conn=("$@")
if [ ${#conn[@]} -eq 0 ]; then
    conn=(-h 127.0.0.1 -U postgres test)
fi
null_marker='<pgmicro-null>'
escape() {
    python3 -c 'import sys; s=sys.stdin.read(); s=s[:-1] if s.endswith("\n") else s; sys.stdout.write(s.replace("\\","\\\\").replace("\n","\\n").replace("\t","\\t"))'
}
err_file=$(mktemp)
trap 'rm -f "$err_file"' EXIT
out="$here/expected.tsv"
: > "$out"
while IFS=$'\t' read -r pg_sql sqlite_sql result_type; do
    case "$pg_sql" in ''|'#'*) continue ;; esac
    if result=$(PGTZ=UTC PGOPTIONS='-c extra_float_digits=1' psql -X -A -t -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose \
            -P "null=$null_marker" "${conn[@]}" -c "SELECT $pg_sql" 2>"$err_file"); then
        if [ "$result" = "$null_marker" ]; then
            outcome="null"
        else
            outcome="value:$(printf '%s\n' "$result" | escape)"
        fi
    else
        line=$(grep -m1 '^ERROR:' "$err_file" || true)
        # "ERROR:  22012: division by zero"
        state=$(printf '%s' "$line" | sed -E 's/^ERROR: +([0-9A-Z]{5}): .*/\1/')
        message=$(printf '%s' "$line" | sed -E 's/^ERROR: +[0-9A-Z]{5}: //')
        outcome="error:$state:$message"
    fi
    printf '%s\t%s\n' "$pg_sql" "$outcome" >> "$out"
done < "$here/cases.tsv"
echo "recorded $(wc -l < "$out") cases into $out"
