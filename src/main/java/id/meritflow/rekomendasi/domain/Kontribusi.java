package id.meritflow.rekomendasi.domain;

import java.math.BigDecimal;

/**
 * What one factor adds to the score: its value in [0, 1], its weight, the points
 * ({@code nilai × bobot} rounded to two decimals; the score is the exact sum of these points) and
 * a sentence in Bahasa Indonesia.
 */
public record Kontribusi(Faktor faktor, String label, double nilai, double bobot, BigDecimal poin, String penjelasan) {}
