package com.voiceqa.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The whole product in one process: REST API, dashboard, device gateway, ASR and rules. Started by {@code ./voiceqa serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VoiceQaApplication {
}
