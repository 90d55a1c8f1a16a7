package org.mercato.adapters.in.rest.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ProductPageTest {

    private static final byte[] JSON = "{\"name\":\"Aurora\",\"skus\":[]}".getBytes(UTF_8);

    @Test
    void the_gzipped_bytes_are_the_json_and_each_encoding_has_its_own_strong_tag() throws IOException {
        ProductPage page = ProductPage.of(null, JSON);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzip()))) {
            assertThat(in.readAllBytes()).isEqualTo(JSON);
        }
        assertThat(page.etag()).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(page.gzipEtag()).isEqualTo(page.etag().substring(0, page.etag().length() - 1) + "-gzip\"");
        assertThat(page.matches(page.etag())).isTrue();
        assertThat(page.matches("W/" + page.gzipEtag())).isTrue();
        assertThat(page.matches(null)).isFalse();
    }

    @Test
    void the_same_bytes_get_the_same_tag_and_other_bytes_another() {
        ProductPage page = ProductPage.of(null, JSON);
        assertThat(ProductPage.of(null, JSON.clone()).etag()).as("a hash of the bytes: every node gives the same tag")
                .isEqualTo(page.etag());
        ProductPage changed = ProductPage.of(null, "{\"name\":\"Aurora\",\"skus\":[1]}".getBytes(UTF_8));
        assertThat(changed.etag()).isNotEqualTo(page.etag());
        assertThat(changed.matches(page.etag())).isFalse();
        assertThat(changed.matches(page.gzipEtag())).isFalse();
    }
}
