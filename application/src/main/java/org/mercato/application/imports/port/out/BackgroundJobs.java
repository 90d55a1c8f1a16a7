package org.mercato.application.imports.port.out;

/** Runs work after the current request, on a managed thread of the server; the task reports its own outcome. */
@FunctionalInterface
public interface BackgroundJobs {

    void submit(Runnable task);
}
