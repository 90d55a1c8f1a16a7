package org.mercato.application.setup.service;

import java.util.Locale;
import java.util.Optional;

/** How big a demo marketplace to load on an empty database ({@code mercato.demo-data}). */
public enum DemoScale {
    /** Nothing: production databases start empty. */
    NONE(0, 0),
    /** The first-run shop: 5 manufacturers, 25 models, 400 SKUs, loads in seconds. */
    SMALL(5, 5),
    /**
     * The benchmark shop: 80 manufacturers, 16,000 models, 8,000,000 SKUs (500 a model) with stock in two
     * warehouses. PostgreSQL only: it is streamed in with COPY, never held in memory.
     */
    FULL(80, 200);

    private final int manufacturers;
    private final int modelsPerManufacturer;

    DemoScale(int manufacturers, int modelsPerManufacturer) {
        this.manufacturers = manufacturers;
        this.modelsPerManufacturer = modelsPerManufacturer;
    }

    public int manufacturers() {
        return manufacturers;
    }

    public int modelsPerManufacturer() {
        return modelsPerManufacturer;
    }

    public int models() {
        return manufacturers * modelsPerManufacturer;
    }

    /** Whether the scale is only generated as a stream (too big for the heap) and needs the bulk path. */
    public boolean isBulk() {
        return this == FULL;
    }

    public static Optional<DemoScale> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
