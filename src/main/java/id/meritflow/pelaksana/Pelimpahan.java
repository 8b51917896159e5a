package id.meritflow.pelaksana;

import java.util.Optional;

/**
 * What one absence changed on one task: the row of {@code pelimpahan_tugas} that makes applying
 * idempotent and ending reversible.
 *
 * @param dilimpahkan true: the acting official works on the task; false: reserved, read only
 * @param calonDitambah the acting official was added as candidate user
 * @param assigneeSemula the official the task was assigned to, now reassigned to the acting official
 * @param izinSemula the acting official's grant on the task before (permission bits), if any
 * @param kelompokDitambah a superior's group added to a reserved task
 */
record Pelimpahan(String ketidakhadiranId, String taskId, boolean dilimpahkan, boolean calonDitambah,
    Optional<String> assigneeSemula, Optional<Integer> izinSemula, Optional<String> kelompokDitambah) {}
