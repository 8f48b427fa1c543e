package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.runtime.OfflineWriter;
import java.io.IOException;
import java.io.PrintStream;

/** {@code retort ensure-version}: creates the version and log tables, nothing else. */
public final class EnsureVersionCommand {
    private EnsureVersionCommand() {
    }

    public static Result run(Project project, boolean sql) {
        if (sql) {
            Session session = Session.offline(project);
            StringBuilder text = new StringBuilder();
            for (String statement : session.versions().createStatements()) {
                text.append(OfflineWriter.statementText(session.dialect(), statement));
            }
            return new Result(session.versions().name(), text.toString());
        }
        try (Session session = Session.online(project)) {
            session.versions().create(session.connection());
            return new Result(session.versions().name(), null);
        }
    }

    public record Result(String table, String sql) implements Report {
        @Override
        public void printText(PrintStream out) {
            if (sql != null) {
                out.print(sql);
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStringField("version_table", table);
            if (sql != null) {
                json.writeStringField("sql", sql);
            }
        }
    }
}
