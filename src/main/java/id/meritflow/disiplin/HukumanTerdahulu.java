package id.meritflow.disiplin;

import id.meritflow.kepegawaian.JenisHukuman;

/** A penalty an employee was given before, with the nature of the violation it punished. */
public record HukumanTerdahulu(String kasusId, String jenisPelanggaran, JenisHukuman jenisHukuman) {}
