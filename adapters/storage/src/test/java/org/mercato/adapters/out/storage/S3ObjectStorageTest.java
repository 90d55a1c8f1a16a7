package org.mercato.adapters.out.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.testing.s3mock.S3MockApplication;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mercato.application.storage.port.out.ObjectContent;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.port.out.ObjectStorageException;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@link S3ObjectStorage} against a real S3-compatible server: Adobe S3Mock, started in this JVM on a free
 * port, addressed through a custom endpoint the way MinIO or Ceph would be.
 */
class S3ObjectStorageTest {

    private static final String BUCKET = "mercato-test";

    @TempDir
    static Path s3Root;

    private static S3MockApplication s3Mock;
    private static String endpoint;
    private static S3ObjectStorage storage;

    @BeforeAll
    static void startS3Mock() {
        // start(...) adds its defaults to the map it is given, so it must be mutable.
        s3Mock = S3MockApplication.start(new HashMap<>(Map.of(
                S3MockApplication.PROP_HTTP_PORT, S3MockApplication.RANDOM_PORT,
                S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT,
                S3MockApplication.PROP_INITIAL_BUCKETS, BUCKET,
                S3MockApplication.PROP_ROOT_DIRECTORY, s3Root.toString(),
                S3MockApplication.PROP_SILENT, true,
                // A test that breaks off an upload leaves a request open; stopping need not wait for it.
                "server.shutdown", "immediate")));
        endpoint = "http://127.0.0.1:" + s3Mock.getHttpPort();
        storage = new S3ObjectStorage(settings(BUCKET, Map.of()));
    }

    @AfterAll
    static void stopS3Mock() {
        if (storage != null) {
            storage.close();
        }
        if (s3Mock != null) {
            s3Mock.stop();
        }
    }

    private static StorageSettings.S3Settings settings(String bucket, Map<String, String> more) {
        Map<String, String> config = new HashMap<>(Map.of(
                "mercato.storage.type", "s3",
                "mercato.storage.s3.bucket", bucket,
                "mercato.storage.s3.endpoint", endpoint,
                "mercato.storage.s3.access-key", "mercato",
                "mercato.storage.s3.secret-key", "not-checked-by-s3mock"));
        config.putAll(more);
        return StorageSettings.from(name -> Optional.ofNullable(config.get(name))).s3().orElseThrow();
    }

    @Test
    void an_object_round_trips_with_its_content_type_and_is_gone_after_delete() {
        ObjectKey key = ObjectKey.publicMedia("products/p1/round-trip.jpg");
        storage.put(key, ObjectContent.of(bytes("jpeg bytes"), "image/jpeg"));

        try (ObjectContent read = storage.get(key).orElseThrow()) {
            assertThat(read.contentType()).isEqualTo("image/jpeg");
            assertThat(read.length()).isEqualTo(10);
            assertThat(read.readAllBytes()).isEqualTo(bytes("jpeg bytes"));
        }
        storage.delete(key);
        assertThat(storage.get(key)).isEmpty();
        storage.delete(key);
    }

    @Test
    void a_content_type_with_parameters_is_kept() {
        ObjectKey key = new ObjectKey("notes/readme.txt");
        storage.put(key, ObjectContent.of(bytes("grüße"), "text/plain;charset=utf-8"));
        ObjectContent read = storage.get(key).orElseThrow();
        assertThat(read.contentType()).isEqualToIgnoringCase("text/plain;charset=utf-8");
        assertThat(new String(read.readAllBytes(), UTF_8)).isEqualTo("grüße");
    }

    @Test
    void a_missing_object_is_empty() {
        assertThat(storage.get(new ObjectKey("never/stored.pdf"))).isEmpty();
    }

    @Test
    void a_put_replaces_the_object_and_its_content_type() {
        ObjectKey key = new ObjectKey("invoices/2026/inv-2026-000001.pdf");
        storage.put(key, ObjectContent.of(bytes("a longer first version"), "text/plain"));
        storage.put(key, ObjectContent.of(bytes("%PDF-1.7"), "application/pdf"));

        ObjectContent read = storage.get(key).orElseThrow();
        assertThat(read.contentType()).isEqualTo("application/pdf");
        assertThat(read.length()).isEqualTo(8);
        assertThat(read.readAllBytes()).isEqualTo(bytes("%PDF-1.7"));
    }

    @Test
    void a_large_stream_that_cannot_be_reset_is_uploaded_exactly_and_left_open() {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(11).nextBytes(data);
        OneWayStream in = new OneWayStream(new ByteArrayInputStream(data));
        ObjectKey key = new ObjectKey("big/random.bin");

        storage.put(key, new ObjectContent("application/octet-stream", data.length, in));

        assertThat(in.closed).isFalse();
        ObjectContent read = storage.get(key).orElseThrow();
        assertThat(read.length()).isEqualTo(data.length);
        assertThat(read.readAllBytes()).isEqualTo(data);
    }

    @Test
    void a_stream_shorter_than_declared_stores_nothing() {
        ObjectKey key = new ObjectKey("short/x.bin");
        assertThatThrownBy(() -> storage.put(key, new ObjectContent("text/plain", 100,
                new OneWayStream(new ByteArrayInputStream(bytes("abc"))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100");
        assertThat(storage.get(key)).isEmpty();
    }

    @Test
    void a_custom_endpoint_is_addressed_path_style_by_default() {
        S3Client client = S3ObjectStorage.clientFor(settings(BUCKET, Map.of()));
        assertThat(client.utilities().getUrl(request -> request.bucket(BUCKET).key("public/a.jpg")).toString())
                .isEqualTo(endpoint + "/" + BUCKET + "/public/a.jpg");
        client.close();
        assertThat(storage.description()).containsEntry("path-style", "true").containsEntry("endpoint", endpoint)
                .containsEntry("bucket", BUCKET).containsEntry("region", "us-east-1");
    }

    @Test
    void path_style_can_be_turned_off_for_stores_that_serve_buckets_as_host_names() {
        StorageSettings.S3Settings virtualHosted = settings(BUCKET, Map.of(
                "mercato.storage.s3.endpoint", "http://storage.example.com:9000",
                "mercato.storage.s3.path-style", "false"));
        S3Client client = S3ObjectStorage.clientFor(virtualHosted);
        assertThat(client.utilities().getUrl(request -> request.bucket(BUCKET).key("public/a.jpg")))
                .hasToString("http://" + BUCKET + ".storage.example.com:9000/public/a.jpg");
        client.close();
    }

    @Test
    void without_an_access_key_the_sdk_default_credential_chain_applies() {
        StorageSettings.S3Settings noKeys = new StorageSettings.S3Settings(BUCKET, Optional.of("eu-central-1"),
                Optional.empty(), false, Optional.empty());
        try (S3Client client = S3ObjectStorage.clientFor(noKeys)) {
            assertThat(client.serviceClientConfiguration().credentialsProvider()).isInstanceOf(DefaultCredentialsProvider.class);
            assertThat(client.utilities().getUrl(request -> request.bucket(BUCKET).key("a.jpg")))
                    .hasToString("https://" + BUCKET + ".s3.eu-central-1.amazonaws.com/a.jpg");
        }
    }

    @Test
    void the_store_is_ready_while_the_bucket_exists() {
        storage.checkReady();
        HealthCheckResponse response = new ObjectStorageReadinessCheck(storage).call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("type", "s3")
                .doesNotContainValue("not-checked-by-s3mock"));
    }

    @Test
    void a_bucket_that_does_not_exist_is_a_clear_error_and_not_ready() {
        try (S3ObjectStorage missing = new S3ObjectStorage(settings("no-such-bucket", Map.of()))) {
            ObjectKey key = new ObjectKey("a.txt");
            String clearly = "the bucket 'no-such-bucket' does not exist";
            assertThatThrownBy(() -> missing.put(key, ObjectContent.of(bytes("x"), "text/plain")))
                    .isInstanceOf(ObjectStorageException.class).hasMessageContaining(clearly).hasMessageContaining(endpoint);
            assertThatThrownBy(() -> missing.get(key))
                    .isInstanceOf(ObjectStorageException.class).hasMessageContaining(clearly);
            assertThatThrownBy(() -> missing.delete(key))
                    .isInstanceOf(ObjectStorageException.class).hasMessageContaining(clearly);
            assertThatThrownBy(missing::checkReady)
                    .isInstanceOf(ObjectStorageException.class).hasMessageContaining(clearly);

            HealthCheckResponse response = new ObjectStorageReadinessCheck(missing).call();
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData()).hasValueSatisfying(data ->
                    assertThat(String.valueOf(data.get("error"))).contains(clearly));
        }
    }

    @Test
    void an_unreachable_endpoint_is_a_storage_failure_and_not_ready() {
        StorageSettings.S3Settings nowhere = settings(BUCKET, Map.of("mercato.storage.s3.endpoint", "http://127.0.0.1:1"));
        try (S3ObjectStorage unreachable = new S3ObjectStorage(nowhere)) {
            assertThatThrownBy(() -> unreachable.get(new ObjectKey("a.txt"))).isInstanceOf(ObjectStorageException.class);
            assertThat(new ObjectStorageReadinessCheck(unreachable).call().getStatus())
                    .isEqualTo(HealthCheckResponse.Status.DOWN);
        }
    }

    @Test
    void the_producer_opens_an_s3_store_when_told_to() {
        Map<String, String> config = Map.of("mercato.storage.type", "s3", "mercato.storage.s3.bucket", BUCKET,
                "mercato.storage.s3.endpoint", endpoint);
        try (ObjectStorageBackend opened = ObjectStorageProducer.open(
                StorageSettings.from(name -> Optional.ofNullable(config.get(name))))) {
            assertThat(opened).isInstanceOf(S3ObjectStorage.class)
                    .hasToString("S3 bucket '" + BUCKET + "' at " + URI.create(endpoint));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    /** An upload as it arrives from a client: read once, no mark and reset. */
    private static final class OneWayStream extends FilterInputStream {
        boolean closed;

        OneWayStream(InputStream in) {
            super(in);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
