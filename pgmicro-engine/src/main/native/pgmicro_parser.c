/*
 * The JNI shim between io.pgmicro.parse.NativeParser and libpg_query.
 *
 * It is the one place where a bug could kill the JVM, so it stays tiny: copy the
 * statement text into a NUL-terminated buffer, call libpg_query, copy the result
 * into a Java array, free every libpg_query result, and turn libpg_query errors
 * into io.pgmicro.parse.NativeParseException. No state is kept between calls.
 */
#include <jni.h>
#include <stdlib.h>
#include <string.h>
#include <pg_query.h>

static char *copy_input(JNIEnv *env, jbyteArray utf8)
{
    jsize len = (*env)->GetArrayLength(env, utf8);
    char *text = malloc((size_t) len + 1);
    if (text == NULL) {
        jclass oom = (*env)->FindClass(env, "java/lang/OutOfMemoryError");
        if (oom != NULL)
            (*env)->ThrowNew(env, oom, "pgmicro parser: cannot copy statement text");
        return NULL;
    }
    (*env)->GetByteArrayRegion(env, utf8, 0, len, (jbyte *) text);
    text[len] = '\0';
    return text;
}

static void throw_parse_error(JNIEnv *env, PgQueryError *error)
{
    jclass cls = (*env)->FindClass(env, "io/pgmicro/parse/NativeParseException");
    if (cls == NULL)
        return; /* NoClassDefFoundError is pending */
    jmethodID ctor = (*env)->GetMethodID(env, cls, "<init>", "(Ljava/lang/String;I)V");
    if (ctor == NULL)
        return;
    jstring message = (*env)->NewStringUTF(env, error->message != NULL ? error->message : "syntax error");
    if (message == NULL)
        return;
    jobject exception = (*env)->NewObject(env, cls, ctor, message, (jint) error->cursorpos);
    if (exception != NULL)
        (*env)->Throw(env, (jthrowable) exception);
}

/* A new Java byte array holding len bytes of data; NULL with OutOfMemoryError pending if it cannot be made. */
static jbyteArray to_java_bytes(JNIEnv *env, const char *data, size_t len)
{
    jbyteArray bytes = (*env)->NewByteArray(env, (jsize) len);
    if (bytes != NULL)
        (*env)->SetByteArrayRegion(env, bytes, 0, (jsize) len, (const jbyte *) data);
    return bytes;
}

JNIEXPORT jbyteArray JNICALL
Java_io_pgmicro_parse_NativeParser_parseProtobuf(JNIEnv *env, jclass cls, jbyteArray utf8)
{
    char *text = copy_input(env, utf8);
    if (text == NULL)
        return NULL;
    PgQueryProtobufParseResult result = pg_query_parse_protobuf(text);
    free(text);

    jbyteArray tree = NULL;
    if (result.error != NULL) {
        throw_parse_error(env, result.error);
    } else {
        tree = to_java_bytes(env, result.parse_tree.data, result.parse_tree.len);
    }
    pg_query_free_protobuf_parse_result(result);
    return tree;
}

JNIEXPORT jintArray JNICALL
Java_io_pgmicro_parse_NativeParser_splitStatements(JNIEnv *env, jclass cls, jbyteArray utf8)
{
    char *text = copy_input(env, utf8);
    if (text == NULL)
        return NULL;
    PgQuerySplitResult result = pg_query_split_with_scanner(text);
    free(text);

    jintArray bounds = NULL;
    if (result.error != NULL) {
        throw_parse_error(env, result.error);
    } else {
        bounds = (*env)->NewIntArray(env, result.n_stmts * 2);
        if (bounds != NULL) {
            for (int i = 0; i < result.n_stmts; i++) {
                jint pair[2] = { result.stmts[i]->stmt_location, result.stmts[i]->stmt_len };
                (*env)->SetIntArrayRegion(env, bounds, i * 2, 2, pair);
            }
        }
    }
    pg_query_free_split_result(result);
    return bounds;
}

JNIEXPORT jbyteArray JNICALL
Java_io_pgmicro_parse_NativeParser_deparseProtobuf(JNIEnv *env, jclass cls, jbyteArray tree)
{
    jsize len = (*env)->GetArrayLength(env, tree);
    char *data = malloc((size_t) len + 1);
    if (data == NULL) {
        jclass oom = (*env)->FindClass(env, "java/lang/OutOfMemoryError");
        if (oom != NULL)
            (*env)->ThrowNew(env, oom, "pgmicro parser: cannot copy parse tree");
        return NULL;
    }
    (*env)->GetByteArrayRegion(env, tree, 0, len, (jbyte *) data);
    PgQueryProtobuf input = { (size_t) len, data };
    PgQueryDeparseResult result = pg_query_deparse_protobuf(input);
    free(data);

    jbyteArray text = NULL;
    if (result.error != NULL) {
        throw_parse_error(env, result.error);
    } else {
        text = to_java_bytes(env, result.query, strlen(result.query));
    }
    pg_query_free_deparse_result(result);
    return text;
}

/* Returns one JSON document: the PL/pgSQL functions of a CREATE FUNCTION statement. */
JNIEXPORT jbyteArray JNICALL
Java_io_pgmicro_parse_NativeParser_parsePlpgsqlJson(JNIEnv *env, jclass cls, jbyteArray utf8)
{
    char *text = copy_input(env, utf8);
    if (text == NULL)
        return NULL;
    PgQueryPlpgsqlParseResult result = pg_query_parse_plpgsql(text);
    free(text);

    jbyteArray json = NULL;
    if (result.error != NULL) {
        throw_parse_error(env, result.error);
    } else if (result.plpgsql_funcs != NULL) {
        json = to_java_bytes(env, result.plpgsql_funcs, strlen(result.plpgsql_funcs));
    }
    pg_query_free_plpgsql_parse_result(result);
    return json;
}

/* Returns a serialized pg_query.ScanResult: the tokens of the text with their byte ranges. */
JNIEXPORT jbyteArray JNICALL
Java_io_pgmicro_parse_NativeParser_scanProtobuf(JNIEnv *env, jclass cls, jbyteArray utf8)
{
    char *text = copy_input(env, utf8);
    if (text == NULL)
        return NULL;
    PgQueryScanResult result = pg_query_scan(text);
    free(text);

    jbyteArray tokens = NULL;
    if (result.error != NULL) {
        throw_parse_error(env, result.error);
    } else {
        tokens = to_java_bytes(env, result.pbuf.data, result.pbuf.len);
    }
    pg_query_free_scan_result(result);
    return tokens;
}
