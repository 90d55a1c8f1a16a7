package org.mercato.application.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.service.PublicObjectUrls;

class PublicObjectUrlsTest {

    private final ObjectKey image = ObjectKey.publicMedia("products/p1/a.jpg");

    @Test
    void without_a_cdn_mercato_serves_public_objects_itself() {
        assertThat(new PublicObjectUrls(Optional.empty()).urlOf(image)).isEqualTo("/api/v1/media/products/p1/a.jpg");
        assertThat(new PublicObjectUrls(Optional.of("  ")).urlOf(image)).isEqualTo("/api/v1/media/products/p1/a.jpg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cdn.example.com/media", "https://cdn.example.com/media/", " https://cdn.example.com/media// "})
    void with_a_cdn_the_url_is_the_cdn_base_and_the_path_below_public(String base) {
        assertThat(new PublicObjectUrls(Optional.of(base)).urlOf(image))
                .isEqualTo("https://cdn.example.com/media/products/p1/a.jpg");
    }

    @Test
    void a_cdn_at_the_host_root_works_too() {
        assertThat(new PublicObjectUrls(Optional.of("http://localhost:9000")).urlOf(image))
                .isEqualTo("http://localhost:9000/products/p1/a.jpg");
    }

    @Test
    void private_objects_get_no_url() {
        PublicObjectUrls urls = new PublicObjectUrls(Optional.of("https://cdn.example.com"));
        assertThatThrownBy(() -> urls.urlOf(new ObjectKey("invoices/2026/inv-1.pdf")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cdn.example.com", "/media", "ftp://cdn.example.com", "https://cdn.example.com/?v=1",
            "https://cdn.example.com/#x", "https://user:pw@cdn.example.com", "https://exa mple.com", "https:///path"})
    void a_malformed_cdn_base_url_is_refused_with_the_setting_named(String base) {
        assertThatThrownBy(() -> new PublicObjectUrls(Optional.of(base)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mercato.storage.cdn-base-url");
    }
}
