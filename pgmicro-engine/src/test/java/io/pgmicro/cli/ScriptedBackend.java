package io.pgmicro.cli;

import io.pgmicro.PgException;
import io.pgmicro.session.Notice;
import io.pgmicro.session.Result;
import io.pgmicro.session.ResultSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Answers statements by their text, recording what it was sent. */
final class ScriptedBackend implements SqlBackend {
    final List<String> received = new ArrayList<>();
    final Map<String, Object> answers;

    ScriptedBackend(Map<String, Object> answers) {
        this.answers = answers;
    }

    @Override
    public void execute(String sql, ResultSink sink) {
        received.add(sql);
        Object answer = answers.get(sql);
        if (answer instanceof PgException e) {
            throw e;
        }
        if (answer instanceof Notice n) {
            sink.notice(n);
            sink.result(Result.command("DROP TABLE"));
        } else if (answer instanceof Result r) {
            sink.result(r);
        }
    }

    @Override
    public char transactionStatus() {
        return 'I';
    }

    @Override
    public String databaseName() {
        return "pgmicro";
    }
}
