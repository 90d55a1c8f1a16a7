package org.mercato.application.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.storage.port.out.ObjectKey;

class ObjectKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "a", "invoice.pdf", "public/products/9c10b08c-a024-3184-97c9-a8d7eeb4da67/0f3e.jpg",
            "invoices/2026/inv-2026-000001.pdf", "x/y_z/a.b.c", "a..b"})
    void well_formed_keys_are_accepted(String value) {
        assertThat(new ObjectKey(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "..", "../secret", "a/../../etc/passwd", "a/./b", ".", "/etc/passwd", "a/", "a//b", ".hidden", "a/.b",
            "a/b.", "-a", "A.jpg", "a b", "a\\b", "..\\..\\windows", "c:/x", "a%2f..", "a?b", "a#b", "é.jpg",
            "a\u0000b", "a\nb", "a/b/"})
    void malformed_keys_are_invalid_input_naming_the_field(String value) {
        assertThatThrownBy(() -> new ObjectKey(value))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field)
                                .containsExactly("key"));
    }

    @Test
    void keys_and_segments_have_length_limits() {
        String segment128 = "a".repeat(128);
        assertThat(ObjectKey.isValid(segment128)).isTrue();
        assertThat(ObjectKey.isValid(segment128 + "a")).isFalse();
        String key512 = (segment128 + "/").repeat(3) + "a".repeat(512 - 3 * 129);
        assertThat(key512).hasSize(512);
        assertThat(ObjectKey.isValid(key512)).isTrue();
        assertThat(ObjectKey.isValid(key512 + "a")).isFalse();
    }

    @Test
    void public_media_keys_live_under_public_and_know_their_path() {
        ObjectKey key = ObjectKey.publicMedia("products/p1/a.jpg");
        assertThat(key.value()).isEqualTo("public/products/p1/a.jpg");
        assertThat(key.isPublic()).isTrue();
        assertThat(key.publicPath()).isEqualTo("products/p1/a.jpg");
        assertThat(key.name()).isEqualTo("a.jpg");
        assertThat(key.segments()).containsExactly("public", "products", "p1", "a.jpg");
    }

    @Test
    void other_keys_are_private_and_have_no_public_path() {
        ObjectKey invoice = new ObjectKey("invoices/2026/inv-1.pdf");
        assertThat(invoice.isPublic()).isFalse();
        assertThat(new ObjectKey("publicity/a.jpg").isPublic()).isFalse();
        assertThatThrownBy(invoice::publicPath).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_public_media_path_is_checked_like_any_key() {
        assertThatThrownBy(() -> ObjectKey.publicMedia("../invoices/2026/inv-1.pdf")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ObjectKey.publicMedia(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ObjectKey.publicMedia("")).isInstanceOf(InvalidInputException.class);
    }
}
