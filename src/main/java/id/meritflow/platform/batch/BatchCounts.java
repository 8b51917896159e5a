package id.meritflow.platform.batch;

/**
 * Counts of a batch. {@code valid} includes rows already started; {@code kasusSelesai} is the
 * number of its cases that have ended (null where not read).
 */
public record BatchCounts(int total, int valid, int invalid, int dimulai, Long kasusSelesai) {}
