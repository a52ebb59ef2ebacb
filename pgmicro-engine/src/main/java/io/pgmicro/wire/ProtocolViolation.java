package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/**
 * A client broke the framing of the protocol (a bad length, an unknown message type, a
 * truncated field). The connection cannot be trusted to stay in step after this, so it
 * ends with a FATAL ErrorResponse, as PostgreSQL ends it.
 */
final class ProtocolViolation extends PgException {
    ProtocolViolation(String message) {
        super("FATAL", SqlState.PROTOCOL_VIOLATION, message);
    }
}
