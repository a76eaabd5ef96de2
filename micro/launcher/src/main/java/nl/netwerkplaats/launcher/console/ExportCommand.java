package nl.netwerkplaats.launcher.console;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * All data of the three modules as one JSON document: {@code {"exportedAt", "schemas": {schema: {table: [rows]}}}},
 * rows in primary-key order, streamed so that a large knowledge bank does not have to fit in memory. Password and
 * token hashes are left out, and so are search vectors (derived, rebuilt with {@code rebuild-search}). The file holds
 * personal data: it is created readable by its owner only.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports all data (network, gatherings, knowledge bank) as one JSON file.",
                "Password and token hashes are left out. The file is readable by its owner only."})
final class ExportCommand implements Callable<Integer> {

    static final List<String> SCHEMAS = List.of("network", "events", "knowledge");
    private static final Set<String> SECRET_COLUMNS = Set.of("password_hash", "token_hash");

    @ParentCommand
    Console console;

    @Option(names = {"--output", "-o"}, required = true, description = "the file to write (must not exist yet)")
    Path output;

    @Override
    public Integer call() throws SQLException, IOException {
        try (Installation installation = console.installation(); Connection connection = installation.connect()) {
            connection.setAutoCommit(false); // a cursor instead of every row in memory, and one consistent snapshot
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            Path file = createPrivate(output);
            long rows = 0;
            int tables = 0;
            try (Writer writer = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
                 JsonGenerator json = Json.createGenerator(writer)) {
                json.writeStartObject();
                json.write("exportedAt", Instant.now().toString());
                json.writeStartObject("schemas");
                for (String schema : SCHEMAS) {
                    json.writeStartObject(schema);
                    for (String table : tables(connection, schema)) {
                        rows += writeTable(connection, schema, table, json);
                        tables++;
                    }
                    json.writeEnd();
                }
                json.writeEnd();
                json.writeEnd();
            } catch (SQLException | IOException | RuntimeException e) {
                Files.deleteIfExists(file); // no half export left behind
                throw e;
            }
            connection.commit();
            console.out().println("Exported " + rows + " rows from " + tables + " tables to " + file.toAbsolutePath()
                    + ". It holds personal data: keep it safe.");
            return 0;
        }
    }

    static Path createPrivate(Path output) throws IOException {
        try {
            return Files.createFile(output,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            throw ConsoleProblem.failed(output + " exists already. Choose another file; nothing was written.");
        } catch (UnsupportedOperationException e) {
            return Files.createFile(output);
        }
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select table_name from information_schema.tables"
                + " where table_schema = ? and table_type = 'BASE TABLE' order by table_name")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static long writeTable(Connection connection, String schema, String table, JsonGenerator json)
            throws SQLException {
        long count = 0;
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery("select * from " + identifier(schema) + "." + identifier(table)
                    + " order by 1")) {
                ResultSetMetaData meta = rs.getMetaData();
                json.writeStartArray(table);
                while (rs.next()) {
                    json.writeStartObject();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String column = meta.getColumnName(c);
                        if (SECRET_COLUMNS.contains(column) || "tsvector".equals(meta.getColumnTypeName(c))) {
                            continue;
                        }
                        writeValue(json, column, rs, c, meta.getColumnType(c));
                    }
                    json.writeEnd();
                    count++;
                }
                json.writeEnd();
            }
        }
        return count;
    }

    private static void writeValue(JsonGenerator json, String column, ResultSet rs, int c, int type)
            throws SQLException {
        switch (type) {
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long value = rs.getLong(c);
                if (rs.wasNull()) {
                    json.writeNull(column);
                } else {
                    json.write(column, value);
                }
            }
            case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.DOUBLE, Types.FLOAT -> {
                java.math.BigDecimal value = rs.getBigDecimal(c);
                if (value == null) {
                    json.writeNull(column);
                } else {
                    json.write(column, value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rs.getBoolean(c);
                if (rs.wasNull()) {
                    json.writeNull(column);
                } else {
                    json.write(column, value);
                }
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] value = rs.getBytes(c);
                if (value == null) {
                    json.writeNull(column);
                } else {
                    json.write(column, Base64.getEncoder().encodeToString(value));
                }
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                java.time.OffsetDateTime value = rs.getObject(c, java.time.OffsetDateTime.class);
                if (value == null) {
                    json.writeNull(column);
                } else {
                    json.write(column, value.toInstant().toString());
                }
            }
            default -> {
                String value = rs.getString(c);
                if (value == null) {
                    json.writeNull(column);
                } else {
                    json.write(column, value);
                }
            }
        }
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
