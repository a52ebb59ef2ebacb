package io.pgmicro.wire;

import io.pgmicro.session.Notice;
import io.pgmicro.session.Result;
import io.pgmicro.session.ResultSink;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A session ResultSink that sends each result of the simple query protocol as it
 * completes (RowDescription, DataRows, CommandComplete) and each notice as a
 * NoticeResponse. A write failure (the client went away) leaves the sink as an
 * UncheckedIOException, which the message loop turns back into the IOException it is.
 */
final class ResultSender implements ResultSink {
    private final BackendMessages out;

    ResultSender(BackendMessages out) {
        this.out = out;
    }

    @Override
    public void result(Result result) {
        try {
            send(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void notice(Notice notice) {
        try {
            out.noticeResponse(notice);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void send(Result result) throws IOException {
        if (result.returnsRows()) {
            int[] formats = new int[result.columns().size()];
            out.rowDescription(result.columns(), formats);
            RowEncoder.send(result, 0, result.rows().size(), formats, out);
        }
        out.commandComplete(result.commandTag());
    }
}
