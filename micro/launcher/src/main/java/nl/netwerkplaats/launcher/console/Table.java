package nl.netwerkplaats.launcher.console;

import java.io.PrintWriter;
import java.util.List;

/** Plain-text tables and CSV cells for the console's listings. */
final class Table {

    private Table() {
    }

    static void print(PrintWriter out, String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = header[i].length();
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.min(60, Math.max(widths[i], row[i].length()));
            }
        }
        line(out, header, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
    }

    private static void line(PrintWriter out, String[] cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = printable(cells[i]);
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, widths[i] - 1) + "…";
            }
            text.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[i] - cell.length()));
        }
        out.println(text.toString().stripTrailing());
    }

    /** Names come from people: no control characters reach the administrator's terminal. */
    static String printable(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }

    /** Quoted when needed; a leading = + - @ is defused so a spreadsheet does not run it as a formula. */
    static String csvCell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
