package org.mercato.adapters.out.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether this node's search index is complete, and how far a rebuild has got. */
@ApplicationScoped
public class SearchIndexState {

    enum Status { COMPLETE, REBUILDING, FAILED }

    private volatile Status status = Status.COMPLETE;
    private volatile long indexed;
    private volatile long total;

    void pending() {
        indexed = 0;
        total = 0;
        status = Status.REBUILDING;
    }

    void progress(long indexed, long total) {
        this.indexed = indexed;
        this.total = total;
    }

    void complete() {
        status = Status.COMPLETE;
    }

    void failed() {
        status = Status.FAILED;
    }

    Status status() {
        return status;
    }

    long indexed() {
        return indexed;
    }

    long total() {
        return total;
    }
}
