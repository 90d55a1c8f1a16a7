package org.mercato.application.imports.port.in;

import java.io.InputStream;

/**
 * An integrator hands over a catalog feed (manufacturers, categories, products and their SKUs, one SKU a
 * line); it is imported in the background and the answer is the QUEUED job. A feed that is not a feed at
 * all (empty, a CSV without the expected header, a first line that is not a JSON object) is refused with
 * {@link org.mercato.application.common.InvalidInputException} and creates no job.
 */
public interface SubmitCatalogFeedUseCase {

    /** The prefix every stored feed key must have: integrators never read other objects through a feed. */
    String IMPORTS_PREFIX = "imports/";

    /** A feed in the request body, {@code length} bytes of {@code content}; the caller closes the stream. */
    ImportJob submitUpload(String submittedBy, FeedFormat format, long length, InputStream content);

    /**
     * A feed already in Mercato's object store, named by its key ({@code imports/...}) or by
     * {@code s3://<configured bucket>/<key>}; its format comes from the name's extension.
     */
    ImportJob submitStoredFeed(String submittedBy, String location);
}
