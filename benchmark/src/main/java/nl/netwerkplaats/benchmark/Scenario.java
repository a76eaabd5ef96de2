package nl.netwerkplaats.benchmark;

/**
 * One request the benchmark repeats. Later issues add their own scenarios to {@link Benchmark#SCENARIOS}.
 *
 * @param jsonBody for a POST: the JSON to send, where {@code %d} becomes a number unique to each request; null for GET
 */
record Scenario(String name, String path, String mustContain, String jsonBody) {

    Scenario(String name, String path, String mustContain) {
        this(name, path, mustContain, null);
    }
}
