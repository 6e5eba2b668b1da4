#!/usr/bin/env bash
# Issue 15: the badge wire format left device-gateway for the badge-protocol module (packages com.voiceqa.badge and
# com.voiceqa.badge.client), GatewayConfig moved to com.voiceqa.gateway.config and Transcription to
# com.voiceqa.gateway.call. Run from anywhere inside the repository after merging a branch written against the old
# names, then compile:  tools/gateway-move.sh && ./mvnw -B -q -DskipTests install
#
# Idempotent. It applies tools/gateway-move.sed (old fully-qualified names -> new) to every tracked text file,
# then lists the files of com.voiceqa.gateway.badge that use a moved class by its simple name without importing it
# (there it needed no import before): add `import com.voiceqa.badge.<Class>;` to those by hand. Files of
# com.voiceqa.gateway that use GatewayConfig or Transcription unimported fail to compile: add the import.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
cd "$root"
git ls-files -z | xargs -0 grep -lIZ -e 'gateway\.badge\.' -e 'gateway\.auth\.ChallengeResponse' -e 'gateway/badge/' \
    -e 'gateway\.GatewayConfig' -e 'gateway\.Transcription' \
  | xargs -0 -r sed -i -f tools/gateway-move.sed
moved='BadgeFrame|FrameType|FrameFormat|ErrorCode|Payloads|PayloadReader|PayloadWriter|ProtocolException|ChallengeResponse|BadgeClient'
for f in $(git ls-files 'device-gateway/src/*/java/com/voiceqa/gateway/badge/*.java'); do
  for c in $(grep -v '^import' "$f" | grep -oE "\b($moved)\b" | sort -u); do
    grep -qE "^import com\.voiceqa\.badge\.(client\.)?$c;" "$f" || echo "$f: uses $c without an import"
  done
done
