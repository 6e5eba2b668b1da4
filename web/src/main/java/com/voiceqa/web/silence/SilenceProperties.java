package com.voiceqa.web.silence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code voiceqa.silence.*}.
 *
 * @param factor     how many usual gaps of silence raise a warning
 * @param minimumGap never warn before this much silence (a weekly account is not silent after two weeks)
 */
@ConfigurationProperties("voiceqa.silence")
public record SilenceProperties(@DefaultValue("3") double factor, @DefaultValue("14d") Duration minimumGap) {
}
