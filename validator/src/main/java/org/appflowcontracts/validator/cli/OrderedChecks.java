package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * Checks documents on one thread per checker and hands every outcome over in input order, so the output of a run
 * does not depend on how many threads checked it. A document over {@link #LARGE_DOCUMENT_BYTES} (or standard input,
 * whose size is unknown) is checked alone: the memory bound of one document must hold whatever else is in flight.
 * An exception a check throws (an engine that cannot run) is rethrown when its document's turn comes, after the
 * outcomes of every document before it, exactly as a sequential run would.
 */
final class OrderedChecks {

    /**
     * Documents up to this size are checked side by side. A flow is a few kilobytes (500 tasks: under 100 KiB);
     * a document of wrong values everywhere can take a few hundred bytes of heap per byte while its findings are
     * worked out (4 such documents of 830 KB each need the whole 256 MiB heap one after the other), so larger ones
     * are checked alone.
     */
    static final long LARGE_DOCUMENT_BYTES = 128 << 10;

    private final List<DocumentChecker> checkers;
    private final ReadWriteLock memory = new ReentrantReadWriteLock(true);

    /** @param checkers one per thread (a checker is not thread-safe); one checker checks sequentially */
    OrderedChecks(List<DocumentChecker> checkers) {
        this.checkers = List.copyOf(checkers);
    }

    void run(List<InputSource> sources, Consumer<FileOutcome> inOrder) {
        // Loops and a named Runnable rather than lambdas: a one-file run would pay for the first lambda's set-up.
        if (checkers.size() == 1 || sources.size() < 2) {
            for (InputSource source : sources) {
                inOrder.accept(checkers.get(0).check(source));
            }
            return;
        }
        List<CompletableFuture<FileOutcome>> outcomes = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            outcomes.add(new CompletableFuture<>());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int threads = Math.min(checkers.size(), sources.size());
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(new Worker(checkers.get(t), sources, outcomes, next, stop),
                    "appflow-check-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        try {
            for (CompletableFuture<FileOutcome> outcome : outcomes) {
                inOrder.accept(await(outcome));
            }
        } finally {
            stop.set(true);
        }
    }

    /** One checking thread's loop: takes the next document not yet taken until none is left or the run stops. */
    private final class Worker implements Runnable {
        private final DocumentChecker checker;
        private final List<InputSource> sources;
        private final List<CompletableFuture<FileOutcome>> outcomes;
        private final AtomicInteger next;
        private final AtomicBoolean stop;

        Worker(DocumentChecker checker, List<InputSource> sources, List<CompletableFuture<FileOutcome>> outcomes,
                AtomicInteger next, AtomicBoolean stop) {
            this.checker = checker;
            this.sources = sources;
            this.outcomes = outcomes;
            this.next = next;
            this.stop = stop;
        }

        @Override
        public void run() {
            work(checker, sources, outcomes, next, stop);
        }
    }

    private void work(DocumentChecker checker, List<InputSource> sources,
            List<CompletableFuture<FileOutcome>> outcomes, AtomicInteger next, AtomicBoolean stop) {
        // A document once taken is always completed: the reader may be waiting for it.
        while (!stop.get()) {
            int i = next.getAndIncrement();
            if (i >= sources.size()) {
                return;
            }
            InputSource source = sources.get(i);
            Lock lock = isLarge(source) ? memory.writeLock() : memory.readLock();
            lock.lock();
            try {
                outcomes.get(i).complete(checker.check(source));
            } catch (Throwable e) {
                // Later documents are not needed: the run ends at this one.
                stop.set(true);
                outcomes.get(i).completeExceptionally(e);
            } finally {
                lock.unlock();
            }
        }
    }

    private static boolean isLarge(InputSource source) {
        if (source.isStdin()) {
            return true;
        }
        if (source.path() == null) {
            return false;
        }
        try {
            return Files.size(source.path()) > LARGE_DOCUMENT_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;  // reading it reports why; that takes no memory
        }
    }

    private static FileOutcome await(CompletableFuture<FileOutcome> outcome) {
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
