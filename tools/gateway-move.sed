s/com\.voiceqa\.gateway\.badge\.BadgeClient\b/com.voiceqa.badge.client.BadgeClient/g
s/com\.voiceqa\.gateway\.auth\.ChallengeResponse\b/com.voiceqa.badge.ChallengeResponse/g
s/com\.voiceqa\.gateway\.badge\.\(BadgeFrame\|FrameType\|FrameFormat\|ErrorCode\|Payloads\|PayloadReader\|PayloadWriter\|ProtocolException\)\b/com.voiceqa.badge.\1/g
s#gateway/badge/\(BadgeFrame\|FrameType\|FrameFormat\|ErrorCode\|Payloads\|PayloadReader\|PayloadWriter\|ProtocolException\)\.java#badge-protocol: badge/\1.java#g
s/com\.voiceqa\.gateway\.GatewayConfig\b/com.voiceqa.gateway.config.GatewayConfig/g
s/com\.voiceqa\.gateway\.Transcription\b/com.voiceqa.gateway.call.Transcription/g
