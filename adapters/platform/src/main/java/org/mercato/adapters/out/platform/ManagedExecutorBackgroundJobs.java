package org.mercato.adapters.out.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.mercato.application.imports.port.out.BackgroundJobs;

/**
 * Background work on the server's default managed executor, so tasks run on container threads with the
 * deployment's class loader and naming context, and the server shuts them down with the deployment.
 */
@ApplicationScoped
public class ManagedExecutorBackgroundJobs implements BackgroundJobs {

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Override
    public void submit(Runnable task) {
        executor.execute(task);
    }
}
