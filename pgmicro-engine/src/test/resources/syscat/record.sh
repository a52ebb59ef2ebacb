#!/usr/bin/env bash
# Records what PostgreSQL 15 answers to psql's describe commands, and to the catalog
# queries of pgjdbc's DatabaseMetaData (pgjdbc/NAME.sql, parameters inlined), for the schema in
# schema.sql: captures the catalog queries psql sends (psql -E) into psql/NAME.sql and
# each query's rows, as psql --csv prints them (NULL as <NULL>), into psql/NAME.expected.
# OIDs of the schema's objects appear as {{oid:NAME}} in both, since pgmicro numbers
# them differently. Needs psql and a PostgreSQL 15 at PGHOST (127.0.0.1) as user
# postgres; the scratch database is dropped afterwards.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
db=pgmicro_syscat_capture
conn=(-X -h "${PGHOST:-127.0.0.1}" -U postgres)
psql "${conn[@]}" -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql "${conn[@]}" -q -d postgres -c "DROP DATABASE IF EXISTS $db"' EXIT
psql "${conn[@]}" -q -d "$db" -v ON_ERROR_STOP=1 -f "$here/schema.sql"
oids=$(psql "${conn[@]}" -d "$db" -At -F' ' -c "SELECT oid, relname FROM pg_class WHERE relnamespace = 'public'::regnamespace
    UNION ALL SELECT oid, typname FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typrelid = 0 ORDER BY 1")
rm -rf "$here/psql" && mkdir -p "$here/psql"
while IFS='|' read -r id command; do
    n=0
    psql "${conn[@]}" -d "$db" -E -c "$command" 2>/dev/null | awk -v dir="$here/psql" -v id="$id" '
        /^\*+ QUERY \*+$/ { inq = 1; n++; file = sprintf("%s/%s-%02d.sql", dir, id, n); next }
        /^\*+$/ { inq = 0; close(file); next }
        inq { print > file }'
done <<'COMMANDS'
dt|\dt
d-authors|\d authors
d-books|\d books
d-shapes|\d shapes
d-ticket_seq|\d ticket_seq
d-authors_id_seq|\d authors_id_seq
di|\di
dv|\dv
ds|\ds
dn|\dn
dT|\dT
l|\l
du|\du
df|\df
COMMANDS
while read -r oid name; do
    sed -i "s/'$oid'/'{{oid:$name}}'/g" "$here"/psql/*.sql
done <<< "$oids"
for query in "$here"/psql/*.sql "$here"/pgjdbc/*.sql; do
    sql=$(cat "$query")
    while read -r oid name; do
        sql=${sql//"{{oid:$name}}"/$oid}
    done <<< "$oids"
    out=$(psql "${conn[@]}" -d "$db" --csv -t -P null='<NULL>' -c "$sql")
    while read -r oid name; do
        out=$(printf '%s' "$out" | perl -pe "s/(?<=^|,)$oid(?=,|\$)/{{oid:$name}}/g")
    done <<< "$oids"
    printf '%s\n' "$out" > "${query%.sql}.expected"
done
