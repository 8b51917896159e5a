package id.meritflow.notifikasi;

import java.util.Optional;

/** A user who receives a notification: id, display name and e-mail (if the account has one). */
public record Penerima(String userId, String nama, Optional<String> email) {}
