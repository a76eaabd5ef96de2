package nl.netwerkplaats.web.pages.figures;

import java.util.List;

/**
 * The numbers behind one chart, labelled for the reader: shown as a table beside the chart (for screen readers
 * and anyone who would rather read), and downloaded as CSV with the same rows.
 *
 * @param id      stable name, used in the address of the CSV ({@code tabel=groei}) and as HTML id
 * @param title   heading, in the reader's language
 * @param columns column headings; the first is that of the row labels
 * @param rows    one per label
 * @param chart   how the chart draws it
 * @param chartRows how many of the first rows the chart shows (the table always shows all)
 */
public record FigureTable(String id, String title, List<String> columns, List<Row> rows, Chart chart,
                          int chartRows) {

    public enum Chart {
        LINE, BAR, STACKED_BAR, HORIZONTAL_BAR, HORIZONTAL_STACKED_BAR
    }

    public record Row(String label, List<Long> values) {

        public Row {
            values = List.copyOf(values);
        }

        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public FigureTable(String id, String title, List<String> columns, List<Row> rows, Chart chart) {
        this(id, title, columns, rows, chart, rows.size());
    }

    public boolean isEmpty() {
        return rows.isEmpty() || rows.stream().allMatch(r -> r.total() == 0);
    }
}
