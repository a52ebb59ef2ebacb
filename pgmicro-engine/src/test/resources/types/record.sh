#!/usr/bin/env bash
# Records what a real PostgreSQL 15 answers for every case in cases.psv into expected.tsv,
# which TypeCasesTest replays against pgmicro's codecs and casts, so the suite needs no server.
#
# cases.psv: one case a line, '|'-separated, no quoting or escaping ('#' lines are comments):
#   kind|time zone (empty: UTC)|type|input|target type
# kinds:
#   in          'input'::type                        explicit literal cast (input, then typmod)
#   assign      INSERT 'input' into a column of type  assignment of a literal
#   cast        ('input'::type)::target              explicit cast
#   castassign  INSERT ('input'::type) into a column of target (assignment cast)
#   fmt         format_type and atttypmod of a column declared as type
#   rule        which coercion contexts allow type → target: i, a, e or none (measured, not read from pg_cast)
#   cmp         sign of comparing 'input' with 'target' (both of type): -1, 0, 1
# expected.tsv (COPY text format): the five case fields, then status (ok/error), value or SQLSTATE,
# message, detail, hint.
#
# Usage: record.sh [psql connection options]   (default: -h 127.0.0.1 -U postgres test)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -eq 0 ]; then set -- -h 127.0.0.1 -U postgres test; fi

grep -v -e '^#' -e '^[[:space:]]*$' "$here/cases.psv" | psql -X -q -v ON_ERROR_STOP=1 "$@" -c "
CREATE TEMP TABLE cases(ord bigserial, kind text, zone text, typ text, input text, target text);" -c "\copy cases(kind, zone, typ, input, target) FROM pstdin WITH (FORMAT csv, DELIMITER '|', QUOTE E'\x01', FORCE_NOT_NULL (input))" -c "
CREATE FUNCTION pg_temp.run(kind text, zone text, typ text, input text, target text) RETURNS text[]
LANGUAGE plpgsql AS \$fn\$
DECLARE
  r text; st text; msg text; det text; hin text; ok_e boolean; ok_a boolean; ok_i boolean;
BEGIN
  PERFORM set_config('timezone', coalesce(zone, 'UTC'), true);
  CASE kind
  WHEN 'in' THEN
    EXECUTE format('SELECT CASE WHEN v IS NULL THEN NULL ELSE format(''%%s'', v) END FROM (SELECT %L::%s AS v) s',
                   input, typ) INTO r;
  WHEN 'assign' THEN
    EXECUTE format('CREATE TEMP TABLE probe(c %s)', typ);
    EXECUTE format('INSERT INTO probe VALUES (%L)', input);
    SELECT format('%s', c) INTO r FROM probe;
    DROP TABLE probe;
  WHEN 'cast' THEN
    EXECUTE format('SELECT CASE WHEN v IS NULL THEN NULL ELSE format(''%%s'', v) END FROM (SELECT (%L::%s)::%s AS v) s',
                   input, typ, target) INTO r;
  WHEN 'castassign' THEN
    EXECUTE format('CREATE TEMP TABLE probe(c %s)', target);
    EXECUTE format('INSERT INTO probe SELECT %L::%s', input, typ);
    SELECT format('%s', c) INTO r FROM probe;
    DROP TABLE probe;
  WHEN 'fmt' THEN
    EXECUTE format('CREATE TEMP TABLE probe(c %s)', typ);
    SELECT format_type(atttypid, atttypmod) || '|' || atttypmod INTO r
      FROM pg_attribute WHERE attrelid = 'probe'::regclass AND attname = 'c';
    DROP TABLE probe;
  WHEN 'rule' THEN
    BEGIN
      EXECUTE format('SELECT NULL::%s::%s', typ, target);
      ok_e := true;
    EXCEPTION WHEN cannot_coerce THEN ok_e := false;
    END;
    BEGIN
      EXECUTE format('CREATE TEMP TABLE probe(c %s)', target);
      EXECUTE format('INSERT INTO probe SELECT NULL::%s', typ);
      DROP TABLE probe;
      ok_a := true;
    EXCEPTION WHEN datatype_mismatch THEN ok_a := false;
    END;
    BEGIN
      EXECUTE format('CREATE FUNCTION pg_temp.probe_fn(x %s) RETURNS int LANGUAGE sql AS ''SELECT 1''', target);
      EXECUTE format('SELECT pg_temp.probe_fn(NULL::%s)', typ);
      EXECUTE format('DROP FUNCTION pg_temp.probe_fn(%s)', target);
      ok_i := true;
    EXCEPTION WHEN undefined_function THEN ok_i := false;
    END;
    r := CASE WHEN ok_i THEN 'i' WHEN ok_a THEN 'a' WHEN ok_e THEN 'e' ELSE 'none' END;
  WHEN 'cmp' THEN
    EXECUTE format('SELECT CASE WHEN a < b THEN -1 WHEN a = b THEN 0 ELSE 1 END::text FROM (SELECT %L::%s AS a, %L::%s AS b) s',
                   input, typ, target, typ) INTO r;
  END CASE;
  RETURN ARRAY['ok', r, NULL, NULL, NULL];
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hin = PG_EXCEPTION_HINT;
  RETURN ARRAY['error', st, msg, nullif(det, ''), nullif(hin, '')];
END
\$fn\$;" -c "\copy (SELECT kind, zone, typ, input, target, r[1], r[2], r[3], r[4], r[5] FROM cases, LATERAL pg_temp.run(kind, zone, typ, input, target) AS r ORDER BY ord) TO '$here/expected.tsv'"
echo "recorded $(wc -l < "$here/expected.tsv") cases into expected.tsv"
