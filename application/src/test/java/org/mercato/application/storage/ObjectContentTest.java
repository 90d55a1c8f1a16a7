package org.mercato.application.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.storage.port.out.ObjectContent;

class ObjectContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"image/jpeg", "application/pdf", "image/svg+xml", "text/plain; charset=utf-8",
            "multipart/mixed; boundary=\"a b\"", "application/vnd.mercato.v1+json"})
    void media_types_are_accepted(String contentType) {
        assertThat(ObjectContent.of(new byte[0], contentType).contentType()).isEqualTo(contentType);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"jpeg", "image/", "/jpeg", "image/jpeg\r\nSet-Cookie: a=b", "text/plain; charset",
            "text/html;\ncharset=utf-8", "image /jpeg", "image/jpeg; a=\"b\nc\""})
    void malformed_media_types_are_invalid_input(String contentType) {
        assertThatThrownBy(() -> ObjectContent.of(new byte[0], contentType))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field)
                                .containsExactly("contentType"));
    }

    @Test
    void an_overlong_media_type_or_a_negative_length_is_refused() {
        assertThatThrownBy(() -> ObjectContent.of(new byte[0], "image/" + "x".repeat(250)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ObjectContent("image/png", -1, new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void content_from_bytes_knows_its_length_and_reads_back() {
        ObjectContent content = ObjectContent.of("hello".getBytes(UTF_8), " text/plain ");
        assertThat(content.length()).isEqualTo(5);
        assertThat(content.contentType()).isEqualTo("text/plain");
        assertThat(new String(content.readAllBytes(), UTF_8)).isEqualTo("hello");
    }
}
