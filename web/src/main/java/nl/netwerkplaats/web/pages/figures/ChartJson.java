package nl.netwerkplaats.web.pages.figures;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import nl.netwerkplaats.web.pages.figures.FigureTable.Chart;
import nl.netwerkplaats.web.pages.figures.FigureTable.Row;

/**
 * The Chart.js configuration of a {@link FigureTable}, for PrimeFaces' {@code p:chart} (which serves Chart.js from
 * its own jar: no CDN). Written with JSON-P, so labels with quotes or markup stay text.
 */
final class ChartJson {

    /** Okabe–Ito: colours that stay apart for the colour-blind, each with enough contrast on white. */
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#000000", "#8C6D00", "#6A3D9A", "#B15928");

    private ChartJson() {
    }

    static String of(FigureTable table) {
        List<Row> rows = table.rows().subList(0, Math.min(table.chartRows(), table.rows().size()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int series = table.columns().size() - 1;
        boolean line = table.chart() == Chart.LINE;
        for (int c = 0; c < series; c++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Row r : rows) {
                data.add(r.values().get(c));
            }
            String colour = COLOURS.get(c % COLOURS.size());
            JsonObjectBuilder set = Json.createObjectBuilder().add("label", table.columns().get(c + 1))
                    .add("data", data).add("borderColor", colour).add("backgroundColor", colour);
            if (line) {
                set.add("fill", false).add("tension", 0.2).add("pointRadius", 3);
            }
            datasets.add(set);
        }
        boolean horizontal = table.chart() == Chart.HORIZONTAL_BAR
                || table.chart() == Chart.HORIZONTAL_STACKED_BAR;
        boolean stacked = table.chart() == Chart.STACKED_BAR || table.chart() == Chart.HORIZONTAL_STACKED_BAR;
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder labelAxis = Json.createObjectBuilder();
        if (stacked) {
            valueAxis.add("stacked", true);
            labelAxis.add("stacked", true);
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(horizontal ? "x" : "y", valueAxis).add(horizontal ? "y" : "x", labelAxis);
        JsonObjectBuilder options = Json.createObjectBuilder().add("animation", false).add("responsive", true)
                .add("maintainAspectRatio", false).add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("display", series > 1)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", line ? "line" : "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
