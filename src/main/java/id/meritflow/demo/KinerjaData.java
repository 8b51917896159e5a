package id.meritflow.demo;

import id.meritflow.kepegawaian.PredikatKinerja;

/** Predikat kinerja of one employee for one year. */
public record KinerjaData(String nip, int tahun, PredikatKinerja predikat) {}
