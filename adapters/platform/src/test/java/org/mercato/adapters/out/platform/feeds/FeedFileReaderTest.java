package org.mercato.adapters.out.platform.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mercato.application.imports.port.in.FeedFormat;
import org.mercato.application.imports.port.out.FeedRecord;
import org.mercato.application.imports.port.out.FeedRecordReader.FeedRecords;
import org.mercato.application.imports.port.out.FeedRecordReader.MalformedFeedException;

class FeedFileReaderTest {

    private static final String HEADER = "Manufacturer,manufacturerCountry,category,product,description,material,sku,size,firmness,height,price,currency";

    private static List<FeedRecord> read(FeedFormat format, String text) {
        List<FeedRecord> records = new ArrayList<>();
        try (FeedRecords feed = new FeedFileReader().open(format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            for (FeedRecord r = feed.next(); r != null; r = feed.next()) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void csv_values_may_be_quoted_with_commas_line_breaks_and_doubled_quotes() {
        List<FeedRecord> records = read(FeedFormat.CSV, "\uFEFF" + HEADER + ",attribute.Cover\r\n"
                + "Nordschlaf,DE,memory-foam,Luna,\"Soft, \"\"cloud\"\" feel\nsecond line\",Foam,NS-LUNA-90x200-M-20,90x200,medium,20,499.00,EUR,\"cotton\"\r\n"
                + "\r\n"
                + "Nordschlaf,,memory-foam,Luna,,,NS-LUNA-160x200-M-20,160x200,medium,20,799,EUR,\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(records.get(0).fields()).containsEntry("manufacturer", "Nordschlaf")
                .containsEntry("description", "Soft, \"cloud\" feel\nsecond line").containsEntry("attribute.Cover", "cotton");
        assertThat(records.get(1).line()).as("the quoted line break counts, the blank line is skipped").isEqualTo(5);
        assertThat(records.get(1).fields()).containsEntry("manufacturerCountry", "").containsEntry("price", "799");
    }

    @Test
    void a_csv_line_with_the_wrong_number_of_values_or_a_stray_quote_is_a_bad_line_not_a_bad_file() {
        List<FeedRecord> records = read(FeedFormat.CSV, HEADER + "\n"
                + "a,b,c\n"
                + "Nord\"schlaf,DE,memory-foam,Luna,d,m,NS-1,90x200,medium,20,1,EUR\n"
                + "Nordschlaf,DE,memory-foam,Luna,d,m,NS-2,90x200,medium,20,1,EUR\n"
                + "Nordschlaf,DE,memory-foam,\"Luna");
        assertThat(records).extracting(FeedRecord::line).containsExactly(2, 3, 4, 5);
        assertThat(records.get(0).malformed()).contains("3 values", "12 columns");
        assertThat(records.get(1).malformed()).contains("quote");
        assertThat(records.get(2).isMalformed()).isFalse();
        assertThat(records.get(3).malformed()).contains("not closed");
    }

    @Test
    void a_csv_without_the_required_columns_or_with_unknown_ones_is_not_a_feed() {
        assertThatThrownBy(() -> read(FeedFormat.CSV, "")).isInstanceOf(MalformedFeedException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read(FeedFormat.CSV, "sku,price\nA-1,3")).isInstanceOf(MalformedFeedException.class)
                .hasMessageContaining("missing").hasMessageContaining("manufacturer");
        assertThatThrownBy(() -> read(FeedFormat.CSV, HEADER + ",colour\n")).isInstanceOf(MalformedFeedException.class)
                .hasMessageContaining("unknown [colour]");
        assertThatThrownBy(() -> read(FeedFormat.CSV, HEADER + ",SKU\n")).isInstanceOf(MalformedFeedException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> read(FeedFormat.CSV, "{\"manufacturer\": \"Nordschlaf\"}\n"))
                .isInstanceOf(MalformedFeedException.class);
    }

    @Test
    void json_lines_become_text_fields_with_attributes_flattened() {
        List<FeedRecord> records = read(FeedFormat.JSON_LINES, """
                {"manufacturer": "Nordschlaf", "SKU": "NS-1", "height": 20, "price": 499.50, "description": null, "attributes": {"cover": "cotton", "zones": 7}}

                [1, 2]
                {"manufacturer": "Nordschlaf", "colour": "red"}
                {"manufacturer": "Nordschlaf",
                {"sku": {"code": "x"}}
                """);
        assertThat(records).extracting(FeedRecord::line).containsExactly(1, 3, 4, 5, 6);
        assertThat(records.get(0).fields()).containsEntry("sku", "NS-1").containsEntry("height", "20")
                .containsEntry("price", "499.50").containsEntry("attribute.cover", "cotton")
                .containsEntry("attribute.zones", "7").doesNotContainKey("description");
        assertThat(records.get(1).malformed()).contains("not a JSON object");
        assertThat(records.get(2).malformed()).contains("unknown member colour");
        assertThat(records.get(3).malformed()).contains("not a JSON object");
        assertThat(records.get(4).malformed()).contains("sku must be a string or a number");
    }

    @Test
    void a_file_whose_first_line_is_not_a_json_object_is_not_json_lines() {
        assertThatThrownBy(() -> read(FeedFormat.JSON_LINES, "\n\n")).isInstanceOf(MalformedFeedException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> read(FeedFormat.JSON_LINES, HEADER + "\nNordschlaf,DE\n"))
                .isInstanceOf(MalformedFeedException.class).hasMessageContaining("line 1 is not a JSON object");
        assertThatThrownBy(() -> read(FeedFormat.JSON_LINES, "[{\"sku\": \"A\"}]"))
                .isInstanceOf(MalformedFeedException.class);
    }
}
