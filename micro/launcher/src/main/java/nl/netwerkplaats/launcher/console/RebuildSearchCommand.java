package nl.netwerkplaats.launcher.console;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Rebuilds what the searches read: every person's search text (from the fields they show, through the database
 * function the application uses too), the knowledge bank's search entries (from the published items, through the
 * knowledge module's database function), every full-text index, and the planner statistics the matching of support
 * requests relies on (common words). For after a restore, an upgrade of PostgreSQL, or a bulk change by hand.
 */
@Command(name = "rebuild-search", mixinStandardHelpOptions = true,
        description = {"Rebuilds the search data: people's search text, the full-text indexes and the statistics.",
                "Useful after a restore or a PostgreSQL upgrade. Searches keep working meanwhile, writes wait."})
final class RebuildSearchCommand implements Callable<Integer> {

    /** As the network module's ProfileService.REINDEX_PERSON, for everyone. */
    static final String REINDEX_PEOPLE = "update network.account"
            + " set public_search = to_tsvector('dutch', network.person_search_text(id, 'VISITORS')),"
            + " member_search = to_tsvector('dutch', network.person_search_text(id, 'MEMBERS'))";

    /** The knowledge module's function (migration V7): all search entries anew from the published items. */
    static final String REBUILD_KNOWLEDGE_ENTRIES = "select knowledge.rebuild_search_entries()";

    @ParentCommand
    Console console;

    @Override
    public Integer call() throws SQLException {
        long started = System.nanoTime();
        try (Installation installation = console.installation(); Connection connection = installation.connect()) {
            connection.setAutoCommit(false);
            int people;
            long entries;
            List<String> indexes = fullTextIndexes(connection);
            try (Statement s = connection.createStatement()) {
                people = s.executeUpdate(REINDEX_PEOPLE);
                try (ResultSet rs = s.executeQuery(REBUILD_KNOWLEDGE_ENTRIES)) {
                    rs.next();
                    entries = rs.getLong(1);
                }
                for (String index : indexes) {
                    s.execute("reindex index " + index);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                for (String schema : ExportCommand.SCHEMAS) {
                    for (String table : tablesOf(connection, schema)) {
                        s.execute("analyze " + table);
                    }
                }
            }
            console.out().printf("Rebuilt the search text of %d people and %d full-text indexes and the search entries"
                    + " of %d published knowledge items, and refreshed the statistics, in %.1f s.%n", people,
                    indexes.size(), entries, (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    /**
     * GIN and GiST indexes in the modules' schemas: the full-text and array indexes of the searches. Those of a
     * partitioned table are listed per partition (a partitioned index cannot be reindexed inside a transaction).
     */
    private static List<String> fullTextIndexes(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select quote_ident(n.nspname) || '.' || quote_ident(i.relname)
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_namespace n on n.oid = i.relnamespace
                join pg_am am on am.oid = i.relam
                where n.nspname = any (?) and am.amname in ('gin', 'gist') and i.relkind = 'i'
                order by 1""")) {
            s.setArray(1, connection.createArrayOf("text", ExportCommand.SCHEMAS.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static List<String> tablesOf(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select quote_ident(table_schema) || '.'"
                + " || quote_ident(table_name) from information_schema.tables where table_schema = ?"
                + " and table_type = 'BASE TABLE'")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
