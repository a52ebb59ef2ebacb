-- The reg* types read and print names; pg_proc and pg_type name the built-in functions;
-- pg_get_keywords() lists the key words.
CREATE TABLE gadgets (id int PRIMARY KEY, name text);
SELECT 'pg_class'::regclass, 'pg_catalog.pg_class'::regclass, 1259::regclass, 0::regclass, 'gadgets'::regclass;
SELECT c.oid::regclass AS relation FROM pg_class c WHERE c.relname IN ('gadgets', 'gadgets_pkey') ORDER BY 1;
SELECT 'int4'::regtype, 'integer[]'::regtype, 1043::regtype, 'text'::regtype::oid AS text_oid;
SELECT 'pg_catalog.array_in'::regproc::oid AS array_in, 'now'::regproc, 'upper(text)'::regprocedure,
       'lower(text)'::regprocedure::oid AS lower;
SELECT 'length'::regproc;
SELECT 'no_such_function'::regproc;
SELECT 'no_such_relation'::regclass;
SELECT 'no_such_type'::regtype;
SELECT typname, typinput, typoutput, typreceive, typsend, typmodin FROM pg_type
 WHERE typname IN ('int4', '_int4', 'text', 'numeric', 'varchar', 'bool') ORDER BY 1;
SELECT proname, prokind, proisstrict, proretset, provolatile, pronargs, prorettype::regtype, proargtypes
  FROM pg_proc WHERE oid = 'upper(text)'::regprocedure;
SELECT p.proname, n.nspname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE p.proname IN ('array_in', 'int4in', 'textout') ORDER BY 1;
SELECT pg_get_function_result('upper(text)'::regprocedure), pg_get_function_arguments('concat'::regproc),
       pg_get_function_arguments('upper(text)'::regprocedure);
SELECT word, catcode, barelabel, catdesc, baredesc FROM pg_get_keywords()
 WHERE word IN ('select', 'abort', 'between', 'authorization', 'absent', 'year') ORDER BY 1;
SELECT catcode, count(*) FROM pg_catalog.pg_get_keywords() GROUP BY catcode ORDER BY 1;
SELECT k.w FROM pg_get_keywords() AS k(w) WHERE k.w LIKE 'xmlc%';
