package org.mercato.application.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.inventory.port.in.ApplyStockFeedUseCase;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.StockLevel;

/** Not transactional itself: every line gets its own transaction in {@link StockFeedLineService}. */
@ApplicationScoped
public class ApplyStockFeedService implements ApplyStockFeedUseCase {

    private StockFeedLineService lines;

    protected ApplyStockFeedService() {
        // for CDI client proxies
    }

    @Inject
    public ApplyStockFeedService(StockFeedLineService lines) {
        this.lines = lines;
    }

    @Override
    public List<LineResult> apply(String integrationName, List<Line> feed) {
        if (feed == null || feed.isEmpty() || feed.size() > MAX_LINES) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldViolation(
                    "lines", "a stock feed has 1 to " + MAX_LINES + " lines")));
        }
        // The ledger's actor column holds 120 characters; a key name may use all of them.
        String actor = ("integration:" + integrationName).substring(0, Math.min(120, 12 + integrationName.length()));
        List<LineResult> results = new ArrayList<>(feed.size());
        for (int i = 0; i < feed.size(); i++) {
            Line line = feed.get(i);
            String problem = problem(line);
            results.add(problem != null
                    ? new LineResult(i, line == null ? null : line.sku(), line == null ? null : line.warehouse(), Status.INVALID,
                            null, null, problem)
                    : lines.apply(i, actor, new SkuCode(line.sku()), line.warehouse().trim(), line.onHand()));
        }
        return results;
    }

    private static String problem(Line line) {
        if (line == null) {
            return "a line must be an object {sku, warehouse, onHand}";
        }
        if (!SkuCode.isValid(line.sku())) {
            return "sku must be a SKU code";
        }
        if (line.warehouse() == null || line.warehouse().isBlank()) {
            return "warehouse is required";
        }
        if (line.onHand() == null || line.onHand() < 0 || line.onHand() > StockLevel.MAX_ON_HAND) {
            return "onHand must be 0 to " + StockLevel.MAX_ON_HAND;
        }
        return null;
    }
}
