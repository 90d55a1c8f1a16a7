package org.mercato.adapters.out.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageSettingsTest {

    private final Map<String, String> config = new HashMap<>();

    private StorageSettings settings() {
        return StorageSettings.from(name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void by_default_objects_go_to_a_local_directory_below_the_server_data_or_temporary_directory() {
        StorageSettings settings = settings();
        assertThat(settings.type()).isEqualTo(StorageSettings.Type.LOCAL);
        assertThat(settings.s3()).isEmpty();
        String base = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        assertThat(settings.localDirectory()).isEqualTo(Path.of(base, "mercato", "objects"));
        assertThat(ObjectStorageProducer.open(settings)).isInstanceOf(LocalDirectoryObjectStorage.class);
    }

    @Test
    void the_local_directory_and_the_type_can_be_set_and_blank_means_unset() {
        config.put("mercato.storage.type", " LOCAL ");
        config.put("mercato.storage.local.directory", "/srv/mercato/objects");
        assertThat(settings().localDirectory()).isEqualTo(Path.of("/srv/mercato/objects"));
        config.put("mercato.storage.type", " ");
        assertThat(settings().type()).isEqualTo(StorageSettings.Type.LOCAL);
    }

    @Test
    void amazon_s3_needs_only_a_bucket_and_uses_the_sdk_defaults_for_the_rest() {
        config.put("mercato.storage.type", "s3");
        config.put("mercato.storage.s3.bucket", "mercato-media");
        StorageSettings.S3Settings s3 = settings().s3().orElseThrow();
        assertThat(s3.bucket()).isEqualTo("mercato-media");
        assertThat(s3.endpoint()).isEmpty();
        assertThat(s3.region()).isEmpty();
        assertThat(s3.pathStyle()).isFalse();
        assertThat(s3.credentials()).isEmpty();
    }

    @Test
    void a_custom_endpoint_defaults_to_path_style_and_us_east_1() {
        config.put("mercato.storage.type", "s3");
        config.put("mercato.storage.s3.bucket", "media");
        config.put("mercato.storage.s3.endpoint", "http://localhost:9000");
        config.put("mercato.storage.s3.access-key", "minio");
        config.put("mercato.storage.s3.secret-key", "minio-secret");
        StorageSettings.S3Settings s3 = settings().s3().orElseThrow();
        assertThat(s3.endpoint()).contains(URI.create("http://localhost:9000"));
        assertThat(s3.pathStyle()).isTrue();
        assertThat(s3.region()).contains("us-east-1");
        assertThat(s3.credentials()).hasValueSatisfying(c -> {
            assertThat(c.accessKeyId()).isEqualTo("minio");
            assertThat(c.secretAccessKey()).isEqualTo("minio-secret");
            assertThat(c.toString()).doesNotContain("minio-secret");
        });

        config.put("mercato.storage.s3.path-style", "false");
        config.put("mercato.storage.s3.region", "eu-central-1");
        assertThat(settings().s3().orElseThrow().pathStyle()).isFalse();
        assertThat(settings().s3().orElseThrow().region()).contains("eu-central-1");
    }

    @Test
    void an_unknown_type_is_refused_with_the_setting_named() {
        config.put("mercato.storage.type", "s4");
        assertThatThrownBy(this::settings).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mercato.storage.type").hasMessageContaining("'local' or 's3'");
    }

    @Test
    void s3_without_a_bucket_is_refused() {
        config.put("mercato.storage.type", "s3");
        assertThatThrownBy(this::settings).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mercato.storage.s3.bucket is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mercato.storage.s3.bucket=Media", "mercato.storage.s3.bucket=ab", "mercato.storage.s3.bucket=a_b",
            "mercato.storage.s3.endpoint=localhost:9000", "mercato.storage.s3.endpoint=ftp://host",
            "mercato.storage.s3.endpoint=http://user:pw@host", "mercato.storage.s3.endpoint=http://host/?a=b",
            "mercato.storage.s3.path-style=yes", "mercato.storage.s3.region=EU Central",
            "mercato.storage.s3.access-key=only-one-half"})
    void malformed_s3_settings_are_refused_with_their_name(String setting) {
        config.put("mercato.storage.type", "s3");
        config.put("mercato.storage.s3.bucket", "media");
        String name = setting.substring(0, setting.indexOf('='));
        config.put(name, setting.substring(setting.indexOf('=') + 1));
        assertThatThrownBy(this::settings).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
    }
}
