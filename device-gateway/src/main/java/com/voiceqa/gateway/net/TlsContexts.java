package com.voiceqa.gateway.net;

import com.voiceqa.gateway.config.GatewayConfig;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import javax.net.ssl.KeyManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** Builds the server TLS context of both listeners from a PKCS#12 key store. */
public final class TlsContexts {

    private TlsContexts() {
    }

    public static SslContext server(GatewayConfig.Tls tls) throws IOException {
        try (InputStream in = Files.newInputStream(tls.keyStore())) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, tls.password());
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, tls.password());
            return SslContextBuilder.forServer(kmf).protocols("TLSv1.3", "TLSv1.2").build();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the TLS key store " + tls.keyStore() + ": " + e.getMessage()
                    + "; it must be PKCS#12 holding a private key and its certificate chain, with this password", e);
        }
    }
}
