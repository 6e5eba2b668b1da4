# Issue 15, "seams to cut first": the shared call vocabulary moves out of asr-engine into the core module.
# Maps every old fully-qualified name (imports, static imports, code, Javadoc, docs, resources, service files'
# contents) and every old class path to the new one. Idempotent: no replacement produces text that a rule matches.
# Apply with tools/core-move.sh, which also renames service files and adds the imports that same-package uses need.

# asr-engine -> core: the call vocabulary
s/\bcom\.voiceqa\.asr\.Segment\b/com.voiceqa.core.Segment/g
s/\bcom\.voiceqa\.asr\.Word\b/com.voiceqa.core.Word/g
s/\bcom\.voiceqa\.asr\.Transcript\b/com.voiceqa.core.Transcript/g
s/\bcom\.voiceqa\.asr\.TranscriptListener\b/com.voiceqa.core.TranscriptListener/g
s/\bcom\.voiceqa\.asr\.PartialResult\b/com.voiceqa.core.PartialResult/g
s/\bcom\.voiceqa\.asr\.StreamFormat\b/com.voiceqa.core.StreamFormat/g
s/\bcom\.voiceqa\.asr\.ChannelLayout\b/com.voiceqa.core.ChannelLayout/g
# asr-engine -> core: acoustic metrics of a call
s/\bcom\.voiceqa\.asr\.metrics\.CallMetrics\b/com.voiceqa.core.metrics.CallMetrics/g
s/\bcom\.voiceqa\.asr\.metrics\.ChannelMetrics\b/com.voiceqa.core.metrics.ChannelMetrics/g
s/\bcom\.voiceqa\.asr\.metrics\.Interval\b/com.voiceqa.core.metrics.Interval/g
s/\bcom\.voiceqa\.asr\.metrics\.Overlap\b/com.voiceqa.core.metrics.Overlap/g
# asr-engine -> core: the command-line contract every module implements
s/\bcom\.voiceqa\.asr\.cli\.CliCommand\b/com.voiceqa.core.cli.CliCommand/g
s/\bcom\.voiceqa\.asr\.cli\.CliArgs\b/com.voiceqa.core.cli.CliArgs/g
s/\bcom\.voiceqa\.asr\.cli\.UserError\b/com.voiceqa.core.cli.UserError/g

# the same names as class paths (docs, build includes)
s#\bcom/voiceqa/asr/Segment\b#com/voiceqa/core/Segment#g
s#\bcom/voiceqa/asr/Word\b#com/voiceqa/core/Word#g
s#\bcom/voiceqa/asr/Transcript\b#com/voiceqa/core/Transcript#g
s#\bcom/voiceqa/asr/TranscriptListener\b#com/voiceqa/core/TranscriptListener#g
s#\bcom/voiceqa/asr/PartialResult\b#com/voiceqa/core/PartialResult#g
s#\bcom/voiceqa/asr/StreamFormat\b#com/voiceqa/core/StreamFormat#g
s#\bcom/voiceqa/asr/ChannelLayout\b#com/voiceqa/core/ChannelLayout#g
s#\bcom/voiceqa/asr/metrics/CallMetrics\b#com/voiceqa/core/metrics/CallMetrics#g
s#\bcom/voiceqa/asr/metrics/ChannelMetrics\b#com/voiceqa/core/metrics/ChannelMetrics#g
s#\bcom/voiceqa/asr/metrics/Interval\b#com/voiceqa/core/metrics/Interval#g
s#\bcom/voiceqa/asr/metrics/Overlap\b#com/voiceqa/core/metrics/Overlap#g
s#\bcom/voiceqa/asr/cli/CliCommand\b#com/voiceqa/core/cli/CliCommand#g
s#\bcom/voiceqa/asr/cli/CliArgs\b#com/voiceqa/core/cli/CliArgs#g
s#\bcom/voiceqa/asr/cli/UserError\b#com/voiceqa/core/cli/UserError#g

# device-gateway -> core: the call event port and what its events carry (issue 15: CallEventBus becomes a port
# with the in-process implementation staying in the gateway as InProcessCallEventBus)
s/\bcom\.voiceqa\.gateway\.events\.CallEvent\b/com.voiceqa.core.events.CallEvent/g
s/\bcom\.voiceqa\.gateway\.events\.CallEventListener\b/com.voiceqa.core.events.CallEventListener/g
s/\bcom\.voiceqa\.gateway\.events\.CallEventBus\b/com.voiceqa.core.events.CallEventBus/g
s/\bcom\.voiceqa\.gateway\.events\.CallMetadata\b/com.voiceqa.core.events.CallMetadata/g
s/\bcom\.voiceqa\.gateway\.events\.CallSource\b/com.voiceqa.core.events.CallSource/g
s/\bnew CallEventBus()/new InProcessCallEventBus()/g
# device-gateway -> core: the ids devices choose (the whole package moves)
s/\bcom\.voiceqa\.gateway\.id\b/com.voiceqa.core.id/g

# the same names as class paths
s#\bcom/voiceqa/gateway/events/CallEvent\b#com/voiceqa/core/events/CallEvent#g
s#\bcom/voiceqa/gateway/events/CallEventListener\b#com/voiceqa/core/events/CallEventListener#g
s#\bcom/voiceqa/gateway/events/CallEventBus\b#com/voiceqa/core/events/CallEventBus#g
s#\bcom/voiceqa/gateway/events/CallMetadata\b#com/voiceqa/core/events/CallMetadata#g
s#\bcom/voiceqa/gateway/events/CallSource\b#com/voiceqa/core/events/CallSource#g
s#\bcom/voiceqa/gateway/id\b#com/voiceqa/core/id#g
