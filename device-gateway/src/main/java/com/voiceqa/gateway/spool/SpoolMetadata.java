package com.voiceqa.gateway.spool;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

/** {@link CallMetadata} as a properties file in the spool. */
final class SpoolMetadata {

    private SpoolMetadata() {
    }

    static byte[] encode(CallMetadata m) {
        Properties p = new Properties();
        p.setProperty("callId", m.key().call().value());
        p.setProperty("deviceId", m.key().device().value());
        p.setProperty("repId", m.repId());
        p.setProperty("accountId", m.accountId());
        p.setProperty("source", m.source().name());
        p.setProperty("sampleRate", Integer.toString(m.format().sampleRate()));
        p.setProperty("roles", String.join(",", m.format().layout().roles()));
        p.setProperty("recordedAt", m.recordedAt().toString());
        p.setProperty("storeAndForward", Boolean.toString(m.storeAndForward()));
        StringWriter out = new StringWriter();
        try {
            p.store(out, "VoiceQA call spool metadata");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static CallMetadata decode(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        try {
            StreamFormat format = new StreamFormat(Integer.parseInt(p.getProperty("sampleRate")),
                    ChannelLayout.parse(p.getProperty("roles")));
            CallKey key = new CallKey(new DeviceId(p.getProperty("deviceId")), new CallId(p.getProperty("callId")));
            return new CallMetadata(key, p.getProperty("repId"),
                    p.getProperty("accountId"), CallSource.valueOf(p.getProperty("source")), format,
                    Instant.parse(p.getProperty("recordedAt")), Boolean.parseBoolean(p.getProperty("storeAndForward")));
        } catch (RuntimeException e) {
            throw new IOException("unreadable spool metadata: " + e.getMessage(), e);
        }
    }
}
