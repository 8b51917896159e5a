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
COPY --from=build /src/target/meritflow-*.jar /app/meritflow.jar
USER meritflow
EXPOSE 8080
# Profile, database and admin password come from the environment (see docker-compose.yml).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/meritflow.jar"]
