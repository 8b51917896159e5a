# MeritFlow image: the jar is built with Maven in a build stage and runs on a JRE as a non-root user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so source changes do not download them again.
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --create-home meritflow
WORKDIR /app
COPY --from=build /src/target/meritflow-*.jar /tmp/meritflow.jar
# Installed as the extracted jar (application jar + lib/) with a class-data-sharing archive from one
# training run: the context is refreshed on an in-memory database and the JVM exits, writing the
# classes it loaded to meritflow.jsa. Every start then maps them instead of loading and verifying
# them from the jars (docs/benchmarks.md, "Start-up"). The archive belongs to this JDK and these jars.
RUN java -Djarmode=tools -jar /tmp/meritflow.jar extract --destination /app \
 && rm /tmp/meritflow.jar \
 && java -XX:ArchiveClassesAtExit=/app/meritflow.jsa -Dspring.context.exit=onRefresh -jar /app/meritflow.jar \
      --spring.profiles.active=demo --spring.datasource.url=jdbc:h2:mem:cds --meritflow.demo.smtp-port=0 \
      --meritflow.sk.demo.keys-dir=/tmp/cds-keys --server.port=0 \
 && rm -rf /tmp/cds-keys /app/data
USER meritflow
EXPOSE 8080
# Profile, database and admin password come from the environment (see docker-compose.yml).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/meritflow.jsa", "-jar", "/app/meritflow.jar"]
