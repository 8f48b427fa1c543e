package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md and docs/urls.md keep up with the code: every key the config layer knows
 * is documented in its table's section, and every row of the URL table parses to what it says,
 * with a row for every scheme and JDBC subprotocol the parser accepts.
 */
class DocsDriftTest {
    private static final Path WORKING_DIRECTORY = Path.of("/srv/app");

    @Test
    void everyConfigKeyIsDocumentedInItsTablesSection() throws IOException {
        String doc = doc("configuration.md");
        Map<String, List<String>> tables = Map.of(
                "## `[retort]`", ConfigKeys.SECTION,
                "## `[retort.hooks]`", ConfigKeys.HOOKS_TABLE,
                "## `[retort.model]`", ConfigKeys.MODEL_TABLE);
        tables.forEach((heading, keys) -> {
            String section = section(doc, heading);
            for (String key : keys) {
                assertThat(section).as("docs/configuration.md, " + heading + ", has a row for " + key)
                        .contains("| `" + key + "` |");
            }
        });
    }

    @Test
    void everyUrlRowParsesToWhatTheDocSays() throws IOException {
        List<String[]> rows = urlRows();
        assertThat(rows).hasSizeGreaterThan(10);
        for (String[] row : rows) {
            DatabaseUrl url = DatabaseUrl.parse(row[0], WORKING_DIRECTORY);
            assertThat(url.kind().name().toLowerCase(java.util.Locale.ROOT)).as(row[0]).isEqualTo(row[1]);
            assertThat(url.jdbcUrl()).as(row[0]).isEqualTo(row[2]);
            Map<String, String> properties = new TreeMap<>();
            url.properties().stringPropertyNames().forEach(name -> properties.put(name, url.properties().getProperty(name)));
            assertThat(properties).as(row[0]).isEqualTo(expectedProperties(row[3]));
        }
    }

    @Test
    void everyAcceptedSchemeAndSubprotocolHasARow() throws IOException {
        List<String> urls = urlRows().stream().map(row -> row[0]).toList();
        for (String scheme : DatabaseUrlParser.SCHEMES) {
            assertThat(urls).as("a row for " + scheme + "://")
                    .anyMatch(u -> u.startsWith(scheme + "://") || u.startsWith(scheme + "+"));
        }
        for (String subprotocol : DatabaseUrlParser.JDBC_SUBPROTOCOLS.keySet()) {
            assertThat(urls).as("a row for jdbc:" + subprotocol).anyMatch(u -> u.startsWith("jdbc:" + subprotocol + ":"));
        }
        assertThat(urls).as("a row for " + DatabaseUrlParser.H2_PREFIX).anyMatch(u -> u.startsWith(DatabaseUrlParser.H2_PREFIX));
    }

    /** The rows of the table in docs/urls.md: URL, database, JDBC URL, properties (backticks removed). */
    private static List<String[]> urlRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : doc("urls.md").split("\n")) {
            if (line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
                assertThat(cells).as(line).hasSize(4);
                rows.add(new String[] {unquote(cells[0]), cells[1].strip(), unquote(cells[2]), cells[3].strip()});
            }
        }
        return rows;
    }

    private static Map<String, String> expectedProperties(String cell) {
        Map<String, String> properties = new TreeMap<>();
        for (String part : cell.split("` `")) {
            String pair = unquote(part);
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                properties.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return properties;
    }

    private static String unquote(String cell) {
        return cell.strip().replace("`", "");
    }

    /** From a heading to the next heading of the same level. */
    static String section(String doc, String heading) {
        int start = doc.indexOf("\n" + heading + "\n");
        assertThat(start).as("the doc has the heading " + heading).isGreaterThanOrEqualTo(0);
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = doc.indexOf("\n" + level, start + heading.length() + 1);
        return end < 0 ? doc.substring(start) : doc.substring(start, end);
    }

    static String doc(String name) throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs").resolve(name);
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
        }
        throw new IllegalStateException("no docs/" + name + " above " + Path.of("").toAbsolutePath());
    }
}
