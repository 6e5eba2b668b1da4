package com.voiceqa.web.cli;

import com.voiceqa.core.cli.UserError;
import com.voiceqa.web.VoiceQaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs the Spring product until it is stopped: {@code serve} and the cluster roles start it the same way. */
final class SpringProduct {

    private SpringProduct() {
    }

    static int run(List<String> springArgs) throws InterruptedException {
        SpringApplication application = new SpringApplication(VoiceQaApplication.class);
        CountDownLatch closed = new CountDownLatch(1);
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ConfigurableApplicationContext context;
        try {
            context = application.run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            // Spring has logged why (its failure analysis); one line here instead of a second stack trace.
            throw new UserError("VoiceQA did not start: " + rootMessage(e) + " (the log above says more)", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "voiceqa-shutdown"));
        closed.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
