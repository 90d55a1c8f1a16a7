package org.mercato.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

    private static byte[] bytes(int... values) {
        byte[] data = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            data[i] = (byte) values[i];
        }
        return data;
    }

    @Test
    void recognises_jpeg_png_and_webp_by_their_first_bytes() {
        assertThat(ImageFormat.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.sniff(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ')))
                .contains(ImageFormat.WEBP);
    }

    @Test
    void refuses_everything_else_whatever_it_is_called() {
        assertThat(ImageFormat.sniff("just text, saved as cat.png".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageFormat.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).as("GIF is not accepted").isEmpty();
        assertThat(ImageFormat.sniff(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E'))).as("a RIFF that is audio").isEmpty();
        assertThat(ImageFormat.sniff(bytes(0x89, 'P', 'N', 'G'))).as("a PNG signature cut short").isEmpty();
        assertThat(ImageFormat.sniff(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(ImageFormat.sniff(new byte[0])).isEmpty();
        assertThat(ImageFormat.sniff(null)).isEmpty();
    }

    @Test
    void names_the_media_type_and_extension_it_is_stored_with() {
        assertThat(ImageFormat.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageFormat.JPEG.extension()).isEqualTo("jpg");
        assertThat(ImageFormat.WEBP.mediaType()).isEqualTo("image/webp");
        assertThat(ImageFormat.sniff(new byte[ImageFormat.SNIFF_LENGTH])).isEmpty();
    }
}
