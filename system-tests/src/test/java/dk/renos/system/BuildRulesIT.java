package dk.renos.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parent POM's enforcer rule: a module that depends on a service's code fails the build. */
class BuildRulesIT {

    private static final String PROJECT = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>dk.renos</groupId>
                <artifactId>renos-parent</artifactId>
                <version>0.1.0-SNAPSHOT</version>
                <relativePath>%s</relativePath>
              </parent>
              <artifactId>rogue-service</artifactId>
              <dependencies>%s</dependencies>
            </project>
            """;
    private static final String DEPENDENCY = """
            <dependency>
              <groupId>dk.renos</groupId>
              <artifactId>%s</artifactId>
              <version>0.1.0-SNAPSHOT</version>
              <scope>system</scope>
              <systemPath>${project.basedir}/empty.jar</systemPath>
            </dependency>
            """;

    @TempDir
    Path project;

    @Test
    void aModuleDependingOnAnotherServiceFailsTheBuild() throws Exception {
        Result result = validate(DEPENDENCY.formatted("lead-service"));
        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("A RenOS module may not depend on a service module")
                .contains("dk.renos:lead-service:jar:0.1.0-SNAPSHOT <--- banned");
    }

    @Test
    void aModuleDependingOnSharedEventsPasses() throws Exception {
        Result result = validate(DEPENDENCY.formatted("shared-events"));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private record Result(int exitCode, String output) {
    }

    private Result validate(String dependencies) throws Exception {
        Path root = RenosCommand.repositoryRoot();
        Files.createFile(project.resolve("empty.jar"));
        Files.writeString(project.resolve("pom.xml"), PROJECT.formatted(root.resolve("pom.xml"), dependencies));
        Path output = project.resolve("mvn.out");
        Process maven = new ProcessBuilder(root.resolve("mvnw").toString(), "-o", "-B", "-ntp", "-q", "validate")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(maven.waitFor(3, TimeUnit.MINUTES)).as("maven finished").isTrue();
        return new Result(maven.exitValue(), Files.readString(output));
    }
}
