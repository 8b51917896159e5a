package id.meritflow.kalender.config;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code meritflow.kalender.*}.
 *
 * @param direktori where an admin puts {@code hari-libur-YYYY.json} files that replace the shipped
 *     year without a rebuild; read at start-up
 * @param zonaWaktu where a working day starts and ends when the engine's instants become dates
 */
@ConfigurationProperties("meritflow.kalender")
public record KalenderProperties(@DefaultValue("./kalender") Path direktori, @DefaultValue("Asia/Jakarta") ZoneId zonaWaktu) {}
