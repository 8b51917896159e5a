package id.meritflow.penandatanganan;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** SK issuing on H2 in memory (the demo and test database), with the demo CA. */
@SpringBootTest(classes = SkDatabaseTestApplication.class, properties = {
    // Signers queue on the counter's row lock; H2's default 1 s lock timeout is too short for eight.
    "spring.datasource.url=jdbc:h2:mem:penerbitan-sk;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000",
    "meritflow.sk.demo.keys-dir=target/sk-demo-keys",
    "meritflow.sk.demo.instansi=",
    "meritflow.sk.demo.peran="})
@ActiveProfiles("demo")
class PenerbitanSkH2Test extends PenerbitanSkContract {}
