package id.meritflow.support;

import id.meritflow.MeritFlowApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo profile (demo users, agencies and data)
 * on an in-memory H2 database. Every full-stack test uses exactly this, so Spring starts the
 * application once for all of them.
 *
 * <p>Its engine is the one named "default". The engine REST API and the webapps find their engine
 * by that name in a JVM-wide registry, so any other application context in the test run must
 * name its engine differently ({@code camunda.bpm.process-engine-name}; the starter ignores a
 * name containing "-"), or requests made here
 * could reach that other application's engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = MeritFlowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
    "spring.datasource.url=jdbc:h2:mem:meritflow-it;DB_CLOSE_DELAY=-1",
    "meritflow.demo.pegawai=1000",
    // No demo KP list: the KP tests count every proposal of the open periods (DemoKenaikanPangkat).
    "meritflow.demo.contoh-kenaikan-pangkat=false",
    // All tests reach the public SK pages from 127.0.0.1; the limits are tested on their own instance.
    "meritflow.verifikasi.batas-halaman=100000",
    "meritflow.verifikasi.batas-unggah=100000",
    // The demo SMTP server on any free port; delivery and digests are driven by the tests themselves.
    "meritflow.demo.smtp-port=0",
    "meritflow.notifikasi.pengiriman.interval=PT1H"
})
@ActiveProfiles("demo")
public @interface MeritFlowIntegrationTest {}
