package nl.netwerkplaats.benchmark;

/** One request the benchmark repeats. Later issues add their own scenarios to {@link Benchmark#SCENARIOS}. */
record Scenario(String name, String path, String mustContain) {
}
