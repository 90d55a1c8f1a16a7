package org.mercato.adapters.in.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentCodingsTest {

    @Test
    void what_browsers_send_accepts_gzip() {
        assertThat(ContentCodings.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(ContentCodings.acceptsGzip("GZIP")).isTrue();
        assertThat(ContentCodings.acceptsGzip("x-gzip")).isTrue();
        assertThat(ContentCodings.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
    }

    @Test
    void no_header_identity_or_gzip_with_weight_zero_gets_identity() {
        assertThat(ContentCodings.acceptsGzip(null)).isFalse();
        assertThat(ContentCodings.acceptsGzip("")).isFalse();
        assertThat(ContentCodings.acceptsGzip("identity")).isFalse();
        assertThat(ContentCodings.acceptsGzip("br, deflate")).isFalse();
        assertThat(ContentCodings.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ContentCodings.acceptsGzip("gzip; q=0.000, *")).isFalse();
    }

    @Test
    void the_wildcard_stands_for_gzip_unless_gzip_is_named() {
        assertThat(ContentCodings.acceptsGzip("*")).isTrue();
        assertThat(ContentCodings.acceptsGzip("*;q=0")).isFalse();
        assertThat(ContentCodings.acceptsGzip("*;q=0, gzip")).isTrue();
    }

    @Test
    void unreadable_weights_count_as_refusals() {
        assertThat(ContentCodings.acceptsGzip("gzip;q=abc")).isFalse();
        assertThat(ContentCodings.acceptsGzip("gzip;q=NaN")).isFalse();
        assertThat(ContentCodings.acceptsGzip("gzip;q=2")).isFalse();
        assertThat(ContentCodings.acceptsGzip("gzip;level=1")).isTrue();
    }
}
