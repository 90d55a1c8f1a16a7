package org.mercato.adapters.out.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectStorageReadinessCheckTest {

    @TempDir
    Path root;

    @Test
    void a_writable_directory_is_up_and_says_where_it_is() {
        HealthCheckResponse response = new ObjectStorageReadinessCheck(new LocalDirectoryObjectStorage(root)).call();
        assertThat(response.getName()).isEqualTo("storage");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data)
                .containsEntry("type", "local").containsEntry("directory", root.toString()));
    }

    @Test
    void a_directory_that_cannot_be_created_is_down_with_the_reason() throws Exception {
        Path file = Files.writeString(root.resolve("a-file"), "x");
        HealthCheckResponse response = new ObjectStorageReadinessCheck(
                new LocalDirectoryObjectStorage(file.resolve("objects"))).call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data ->
                assertThat(String.valueOf(data.get("error"))).contains("is not writable"));
    }
}
