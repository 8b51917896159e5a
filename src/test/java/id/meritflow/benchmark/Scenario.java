package id.meritflow.benchmark;

/** One measured scenario. Throwing is allowed: the runner records it as FAILED and goes on. */
interface Scenario {

  String name();

  ScenarioResult run(BenchmarkApp app, BenchmarkConfig config) throws Exception;
}
