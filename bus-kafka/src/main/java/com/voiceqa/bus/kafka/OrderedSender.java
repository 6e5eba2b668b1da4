package com.voiceqa.bus.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A producer its callers never wait on. {@link KafkaProducer#send} can block (on metadata, on a full buffer), and
 * the publishers here are Netty event loops and decoder threads; so records are queued and sent by one thread of
 * their own, in the order they were given (which keeps each call's order), and the returned future completes when
 * the broker acknowledged the record.
 *
 * <p>The queue is bounded in bytes: when the broker is gone or slower than the traffic, a send fails at once
 * ({@link RejectedExecutionException}, saying so) instead of filling the heap; the caller decides (the audio log
 * does not acknowledge the device, the event bus logs the loss).
 */
public final class OrderedSender implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OrderedSender.class.getName());
    /** What a queued record costs besides its key and value, roughly. */
    private static final int RECORD_OVERHEAD = 64;
    private static final Runnable STOP = () -> { };

    private final String name;
    private final KafkaProducer<String, byte[]> producer;
    private final long maxPendingBytes;
    private final AtomicLong pendingBytes = new AtomicLong();
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    public OrderedSender(Properties producerConfig, String name, long maxPendingBytes) {
        this.name = name;
        this.producer = new KafkaProducer<>(producerConfig);
        this.maxPendingBytes = maxPendingBytes;
        this.thread = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    /** Queues a record; never blocks. The future fails at once when the sender is closed or its queue is full. */
    public CompletableFuture<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        long size = RECORD_OVERHEAD + record.key().length() + (record.value() == null ? 0 : record.value().length);
        if (closed) {
            return CompletableFuture.failedFuture(new RejectedExecutionException(name + " is closed"));
        }
        if (pendingBytes.addAndGet(size) > maxPendingBytes) {
            pendingBytes.addAndGet(-size);
            return CompletableFuture.failedFuture(new RejectedExecutionException(name + " has "
                    + maxPendingBytes / 1024 + " KiB waiting for Kafka already: the brokers are unreachable or slower "
                    + "than the traffic; check the brokers, then send again"));
        }
        CompletableFuture<RecordMetadata> done = new CompletableFuture<>();
        done.whenComplete((m, e) -> pendingBytes.addAndGet(-size));
        queue.add(() -> {
            try {
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        done.complete(metadata);
                    } else {
                        done.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) { // e.g. a record over max.request.size, a closed producer
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /**
     * Waits until every record queued before this call is acknowledged or failed.
     *
     * @throws TimeoutException when that takes longer than {@code timeout} (brokers unreachable)
     * @throws IllegalStateException when the sender is closed
     */
    public void flush(Duration timeout) throws InterruptedException, TimeoutException {
        if (closed) { // its thread is gone or going: nothing would run the flush
            throw new IllegalStateException(name + " is closed");
        }
        CompletableFuture<Void> flushed = new CompletableFuture<>();
        queue.add(() -> {
            producer.flush();
            flushed.complete(null);
        });
        try {
            flushed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + " could not flush", e.getCause());
        }
    }

    private void run() {
        try {
            while (true) {
                Runnable task = queue.take();
                if (task == STOP) {
                    return;
                }
                task.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // halted: what is queued is dropped with the producer
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, name + " stopped sending", e);
        }
    }

    /** Sends what is queued (waiting at most {@code timeout} for the broker), then stops. */
    public void close(Duration timeout) {
        closed = true;
        queue.add(STOP);
        try {
            thread.join(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(timeout);
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    /** Stops at once as a killed process would: queued and in-flight records may be lost. */
    public void halt() {
        closed = true;
        thread.interrupt();
        producer.close(Duration.ZERO);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
