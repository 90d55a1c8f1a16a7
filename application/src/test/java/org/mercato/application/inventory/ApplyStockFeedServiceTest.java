package org.mercato.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.inventory.port.in.ApplyStockFeedUseCase;
import org.mercato.application.inventory.port.in.ApplyStockFeedUseCase.Line;
import org.mercato.application.inventory.port.in.ApplyStockFeedUseCase.LineResult;
import org.mercato.application.inventory.port.in.ApplyStockFeedUseCase.Status;
import org.mercato.application.inventory.service.ApplyStockFeedService;
import org.mercato.application.inventory.service.StockFeedLineService;
import org.mercato.domain.catalog.SkuCode;

class ApplyStockFeedServiceTest {

    private final List<String> applied = new ArrayList<>();
    private final StockFeedLineService lines = new StockFeedLineService() {
        @Override
        public LineResult apply(int lineNumber, String actor, SkuCode sku, String warehouseCode, int onHand) {
            applied.add(lineNumber + ":" + actor + ":" + sku + "@" + warehouseCode + "=" + onHand);
            return new LineResult(lineNumber, sku.value(), warehouseCode, Status.UPDATED, onHand, 1, null);
        }
    };
    private final ApplyStockFeedService service = new ApplyStockFeedService(lines);

    @Test
    void well_formed_lines_are_applied_one_by_one_in_the_integrations_name_and_bad_ones_reported() {
        List<LineResult> results = service.apply("Acme ERP", Arrays.asList(
                new Line("DOR-1", " BER-1 ", 5), new Line("not a sku", "BER-1", 5), new Line("DOR-2", "BER-1", -1),
                new Line("DOR-3", " ", 1), new Line("DOR-4", "MIL-1", null), null, new Line("DOR-5", "MIL-1", 0)));
        assertThat(results).extracting(LineResult::status).containsExactly(Status.UPDATED, Status.INVALID, Status.INVALID,
                Status.INVALID, Status.INVALID, Status.INVALID, Status.UPDATED);
        assertThat(applied).containsExactly("0:integration:Acme ERP:DOR-1@BER-1=5", "6:integration:Acme ERP:DOR-5@MIL-1=0");
    }

    @Test
    void a_feed_has_one_to_a_thousand_lines_and_a_long_key_name_still_fits_the_ledger() {
        assertThatThrownBy(() -> service.apply("Acme", List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.apply("Acme", Collections.nCopies(ApplyStockFeedUseCase.MAX_LINES + 1,
                new Line("DOR-1", "BER-1", 1)))).isInstanceOf(InvalidInputException.class);
        service.apply("x".repeat(120), List.of(new Line("DOR-1", "BER-1", 1)));
        assertThat(applied.get(0).split(":DOR-1")[0].substring(2)).hasSize(120);
    }
}
