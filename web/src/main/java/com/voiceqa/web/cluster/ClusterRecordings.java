package com.voiceqa.web.cluster;

import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.gateway.config.GatewayConfig;
import com.voiceqa.gateway.spool.CallSpool;
import com.voiceqa.gateway.spool.Recording;
import com.voiceqa.gateway.spool.SpoolStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Each call's recording as the analytics role rebuilds it from the audio topic, with the gateway's own spool and WAV
 * code: {@code <data>/spool/<device>/<call>/} while the call's chunks arrive, then
 * {@code <data>/recordings/<device>/<call>.wav} with the SHA-256 of its PCM, exactly as {@code serve} stores a
 * device's call. Chunks are numbered from 0, spool records from 1; a chunk the spool holds already (a gateway's
 * resend, a redelivery) is dropped by its sequence. Spools a stopped process left are reopened at start, and the
 * redelivered chunks continue them.
 *
 * <p>No fsync per chunk: Kafka keeps the audio until the call is stored (offsets are committed only then), and the
 * recording is forced to disk when it is finished.
 */
final class ClusterRecordings {

    private static final Logger log = LoggerFactory.getLogger(ClusterRecordings.class);

    private final SpoolStore store;

    ClusterRecordings(Path dataDir) throws IOException {
        this.store = new SpoolStore(dataDir, GatewayConfig.Limits.DEFAULT.minFreeDiskBytes());
        int reopened = store.recoverAll().size();
        if (reopened > 0) {
            log.info("reopened {} recordings a stopped process left unfinished; Kafka delivers the rest", reopened);
        }
    }

    /** Appends a chunk unless the recording holds it already; a chunk after a gap is dropped (its resend follows). */
    void append(AudioChunk chunk) throws IOException {
        Optional<CallSpool> open = store.open(chunk.call());
        if (open.isEmpty() && chunk.format().isEmpty()) {
            log.warn("chunk {} of call {} dropped: its recording is not open (chunk 0 never came, or it ended)",
                    chunk.sequence(), chunk.call().productId());
            return;
        }
        CallSpool spool = open.isPresent() ? open.get() : store.create(audioOnly(chunk));
        long record = chunk.sequence() + 1;
        if (record == spool.appendedSequence() + 1) {
            store.append(spool, record, ByteBuffer.wrap(chunk.pcm()));
        } else if (record > spool.appendedSequence() + 1) {
            log.warn("chunk {} of call {} dropped: the recording holds {} chunks, a gap", chunk.sequence(),
                    chunk.call().productId(), spool.appendedSequence());
        }
    }

    /** Finishes the call's recording after {@code chunks} chunks; empty when no audio of it is open here. */
    Optional<Recording> end(CallKey call, long chunks) throws IOException {
        Optional<CallSpool> open = store.open(call);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        if (open.get().appendedSequence() != chunks) {
            log.warn("call {} ended after {} chunks but {} arrived: its recording holds what arrived",
                    call.productId(), chunks, open.get().appendedSequence());
        }
        return Optional.of(store.finish(open.get()));
    }

    /**
     * The spool needs metadata only for the recording's format, which chunk 0 carries; who and when the call is come
     * from its events, which may arrive after its audio.
     */
    private static CallMetadata audioOnly(AudioChunk first) {
        return new CallMetadata(first.call(), "", "", CallSource.BADGE, first.format().orElseThrow(), Instant.EPOCH,
                false);
    }
}
