package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The object store as the deployed EAR runs it without settings: the local directory below the server's
 * data directory, reported by its own readiness check (a lib-jar check, ADR 0002).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObjectStorageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    @Test
    void by_default_objects_live_in_the_server_data_directory_and_readiness_checks_it() throws IOException {
        Http.Answer ready = Http.get(Http.MANAGEMENT + "/health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonObject storage = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("storage"))
                .findFirst().orElseThrow(() -> new AssertionError("no storage check in " + ready));
        assertThat(storage.getString("status")).isEqualTo("UP");
        JsonObject data = storage.getJsonObject("data");
        assertThat(data.getString("type")).isEqualTo("local");

        Path expected = Path.of(System.getProperty("jboss.home"), "standalone", "data", "mercato", "objects");
        assertThat(Path.of(data.getString("directory"))).isEqualTo(expected.toAbsolutePath().normalize());
        assertThat(expected).isDirectory();
        try (Stream<Path> files = Files.list(expected)) {
            assertThat(files).as("readiness probes clean up after themselves")
                    .noneMatch(file -> file.getFileName().toString().startsWith(".readiness-"));
        }
    }
}
