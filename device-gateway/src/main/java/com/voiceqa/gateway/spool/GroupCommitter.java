package com.voiceqa.gateway.spool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit: requests that arrive while a batch is being committed form the next batch, so one fsync per spool
 * covers every record appended before it, and acknowledgements follow in bulk. The spools of a batch are fsync'd in
 * parallel: with one journal behind them (ext4, xfs) concurrent fsyncs share journal commits, which on the test
 * machine made 200 fsyncs 6x faster with 8 threads than one after another. Callbacks run on the fsync threads and
 * must only hand off (e.g. to a Netty event loop).
 */
public final class GroupCommitter implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GroupCommitter.class.getName());

    /** Told when a spool's records up to {@code durableSequence} are on disk, or that they could not be. */
    public interface Callback {
        void durable(long durableSequence);

        void failed(IOException cause);
    }

    private record Request(CallSpool spool, Callback callback) {
    }

    private static final Request STOP = new Request(null, null);

    private static final int FSYNC_THREADS = 8;

    private final boolean fsync;
    private final LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final ExecutorService fsyncs = Executors.newFixedThreadPool(FSYNC_THREADS,
            Thread.ofPlatform().daemon().name("voiceqa-fsync-", 0).factory());
    private final Thread thread;

    public GroupCommitter(boolean fsync) {
        this.fsync = fsync;
        this.thread = Thread.ofPlatform().daemon().name("voiceqa-group-commit").start(this::run);
    }

    public void requestSync(CallSpool spool, Callback callback) {
        queue.add(new Request(spool, callback));
    }

    private void run() {
        List<Request> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch);
            boolean stop = batch.remove(STOP);
            try {
                commit(batch);
            } catch (InterruptedException e) {
                return;
            }
            batch.clear();
            if (stop) {
                return;
            }
        }
    }

    /** Syncs each spool of the batch once, in parallel, and returns when all are done. */
    private void commit(List<Request> batch) throws InterruptedException {
        Map<CallSpool, List<Callback>> bySpool = new LinkedHashMap<>();
        for (Request r : batch) {
            bySpool.computeIfAbsent(r.spool(), s -> new ArrayList<>()).add(r.callback());
        }
        List<Callable<Void>> syncs = new ArrayList<>(bySpool.size());
        bySpool.forEach((spool, callbacks) -> syncs.add(() -> {
            try {
                long durable = spool.sync(fsync);
                callbacks.forEach(cb -> notify(() -> cb.durable(durable)));
            } catch (IOException e) {
                callbacks.forEach(cb -> notify(() -> cb.failed(e)));
            }
            return null;
        }));
        fsyncs.invokeAll(syncs);
    }

    private static void notify(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "group-commit callback failed", e);
        }
    }

    /** Commits what is queued, then stops. */
    @Override
    public void close() throws InterruptedException {
        queue.add(STOP);
        thread.join(10_000);
        fsyncs.shutdown();
    }
}
