package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client opens a connection with: a StartupMessage (protocol 3.0 and its
 * parameters) or a CancelRequest. SSLRequest and GSSENCRequest come first when a client
 * wants encryption; both are refused with 'N', after which the client goes on in the clear.
 */
sealed interface StartupPacket {
    int PROTOCOL_3 = 3 << 16;
    int CANCEL_REQUEST = 80877102;
    int SSL_REQUEST = 80877103;
    int GSSENC_REQUEST = 80877104;

    /**
     * @param minorVersion          the protocol minor version the client asked for (this server speaks 3.0)
     * @param unrecognizedOptions   the "_pq_." protocol options, which this server does not know
     */
    record Startup(Map<String, String> parameters, int minorVersion, List<String> unrecognizedOptions)
            implements StartupPacket {
    }

    record Cancel(int pid, int secret) implements StartupPacket {
    }

    /** Reads packets until a StartupMessage or CancelRequest arrives; null when the client hangs up. */
    static StartupPacket read(MessageReader in, MessageWriter out) throws IOException {
        boolean sslRefused = false;
        boolean gssRefused = false;
        while (true) {
            byte[] packet = in.readStartupPacket();
            if (packet == null) {
                return null;
            }
            MessageBody body = new MessageBody(packet);
            int code = body.int32();
            if (code == SSL_REQUEST && !sslRefused) {
                sslRefused = true;
                out.raw('N');
            } else if (code == GSSENC_REQUEST && !gssRefused) {
                gssRefused = true;
                out.raw('N');
            } else if (code == CANCEL_REQUEST) {
                return new Cancel(body.int32(), body.int32());
            } else if (code >>> 16 == 3) {
                return startup(body, code & 0xffff);
            } else {
                throw new PgException("FATAL", SqlState.FEATURE_NOT_SUPPORTED, "unsupported frontend protocol "
                        + (code >>> 16) + "." + (code & 0xffff) + ": server supports 3.0 to 3.0");
            }
        }
    }

    private static Startup startup(MessageBody body, int minor) {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> unrecognized = new ArrayList<>();
        while (body.remaining() > 0) {
            String name = body.cstring();
            if (name.isEmpty()) {
                break;
            }
            String value = body.cstring();
            if (name.startsWith("_pq_.")) {
                unrecognized.add(name);
            } else {
                parameters.put(name, value);
            }
        }
        return new Startup(parameters, minor, unrecognized);
    }
}
