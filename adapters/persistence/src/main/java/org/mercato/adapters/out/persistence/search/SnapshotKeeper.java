package org.mercato.adapters.out.persistence.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps one {@link CatalogSnapshot} in step with the catalog's changes (ADR 0021), whatever reads the
 * database: changed products are marked (at flush and again after the commit), and the next
 * {@link #current} reads the marked ones anew before it answers. The rules that make a committed change
 * searchable once its transaction has returned, and never lose one:
 * <ul>
 * <li>marks are taken before the read, so a change that commits meanwhile is marked again for the next one;</li>
 * <li>a failed read puts its marks back;</li>
 * <li>a whole read ({@link #load}) runs beside the searches, which go on reading marked products into the
 *     snapshot before it; the products they read meanwhile are marked again when the loaded snapshot takes
 *     over, since the load may have read them before their change;</li>
 * <li>snapshots replace each other one at a time, so a search never sees an older one after a newer one.</li>
 * </ul>
 */
final class SnapshotKeeper {

    /** Reads products anew from the database into a snapshot; throws a runtime exception when it cannot. */
    @FunctionalInterface
    interface ChangedProducts {
        /** {@code before} with the products of these ids (and manufacturer and category names) read anew. */
        CatalogSnapshot read(CatalogSnapshot before, List<UUID> products);
    }

    private final Set<UUID> changedProducts = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean namesChanged = new AtomicBoolean();
    /** Replacements of {@link #current} take turns; a whole read runs outside it, one at a time under {@link #loader}. */
    private final ReentrantLock writer = new ReentrantLock();
    private final ReentrantLock loader = new ReentrantLock();
    private volatile CatalogSnapshot current = CatalogSnapshot.EMPTY;
    // Guarded by writer:
    private boolean loading;
    private final Set<UUID> readDuringLoad = new HashSet<>();
    private boolean namesReadDuringLoad;

    void productChanged(UUID product) {
        changedProducts.add(product);
    }

    void namesChanged() {
        namesChanged.set(true);
    }

    private boolean hasChanges() {
        return !changedProducts.isEmpty() || namesChanged.get();
    }

    /** The snapshot with every change marked so far read in. */
    CatalogSnapshot current(ChangedProducts reader) {
        // Marks taken by a read still running are not in current yet: wait for that read.
        if (!hasChanges() && !writer.isLocked()) {
            return current;
        }
        writer.lock();
        try {
            if (!hasChanges()) {
                return current; // read by the search this one waited for
            }
            List<UUID> changed = new ArrayList<>(changedProducts);
            changedProducts.removeAll(changed);
            boolean names = namesChanged.getAndSet(false);
            CatalogSnapshot after;
            try {
                after = reader.read(current, changed);
            } catch (RuntimeException e) {
                changedProducts.addAll(changed);
                if (names) {
                    namesChanged.set(true);
                }
                throw e;
            }
            if (loading) {
                readDuringLoad.addAll(changed);
                namesReadDuringLoad |= names;
            }
            current = after;
            return after;
        } finally {
            writer.unlock();
        }
    }

    /** Reads the whole catalog anew with {@code readAll}; searches go on meanwhile, see above. */
    CatalogSnapshot load(Supplier<CatalogSnapshot> readAll) {
        loader.lock();
        try {
            writer.lock();
            try {
                loading = true;
                readDuringLoad.clear();
                namesReadDuringLoad = false;
            } finally {
                writer.unlock();
            }
            CatalogSnapshot loaded = readAll.get();
            writer.lock();
            try {
                changedProducts.addAll(readDuringLoad);
                if (namesReadDuringLoad) {
                    namesChanged.set(true);
                }
                current = loaded;
                return loaded;
            } finally {
                writer.unlock();
            }
        } finally {
            writer.lock();
            try {
                loading = false;
            } finally {
                writer.unlock();
            }
            loader.unlock();
        }
    }
}
