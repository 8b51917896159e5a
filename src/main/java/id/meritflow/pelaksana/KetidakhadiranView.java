package id.meritflow.pelaksana;

import java.time.Instant;
import java.time.LocalDate;

/** An absence as the API and the page show it, with names so that nobody reads bare user ids. */
record KetidakhadiranView(String id, String pejabat, String namaPejabat, String pelaksana, String namaPelaksana,
    JenisPelaksana jenis, LocalDate mulai, LocalDate selesai, String alasan, String dicatatOleh, Instant dicatatPada,
    Instant diakhiriPada, String status, boolean bolehDiakhiri) {}
