#!/usr/bin/env bash
# Decode lag through the real gateway (see BENCHMARKS.md "### Live decode lag through the gateway"): builds the
# gateway, starts `voiceqa gateway` with the English test model on a free loopback port, then runs the separate client
# process benchmarks/live_lag.py (Debian's python3-websockets) for each call count, e.g.
#   benchmarks/live-lag.sh --calls 34 --spread 1            # 34 calls starting 1 s apart, 60 s of speech each
#   benchmarks/live-lag.sh --calls 16,24 --spread 0.05      # bursts starting together, one fresh gateway per count
# Options: --calls N[,N...] --spread SECONDS --seconds AUDIO_PER_CALL --warm N (recognizers warmed at start; the
# gateway waits --settle seconds after start before the first call) --audio WAV.
# VOICEQA_MALLOC=glibc runs the gateway without jemalloc (see native-allocator.sh), for the side-by-side.
# Each count gets a fresh gateway (so "fresh gateway" figures are what it measures) and one JSON line on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
calls=4 spread=1 seconds=60 warm=16 settle=20 audio=../shared/test-audio/real-en/digits-16k.wav
while [ $# -gt 0 ]; do
  case "$1" in
    --calls) calls=$2; shift 2 ;;
    --spread) spread=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warm) warm=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --audio) audio=$2; shift 2 ;;
    *) echo "usage: $0 [--calls 4,16] [--spread 1] [--seconds 60] [--warm 16] [--settle 20] [--audio WAV]" >&2; exit 2 ;;
  esac
done
./mvnw -B -q -pl device-gateway -am install -DskipTests
./mvnw -B -q -pl device-gateway dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
model="asr-engine/target/vosk-model-en/assets/model-en-us"
cp="device-gateway/target/classes:$(cat device-gateway/target/bench.classpath)"
python3=/usr/bin/python3  # Debian's python3-websockets lives here
for n in ${calls//,/ }; do
  data=$(mktemp -d)
  port=$($python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (source ./native-allocator.sh; exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Djna.encoding=UTF-8 -Xmx1g -cp "$cp" \
    com.voiceqa.gateway.GatewayCommand --model "$model" --data "$data" --host 127.0.0.1 --ws-port "$port" \
    --badge-port 0 --warm-recognizers "$warm") > "$data/gateway.log" 2>&1 &
  gw=$!
  trap 'kill $gw 2>/dev/null; rm -rf "$data"' EXIT
  for _ in $(seq 120); do grep -q "listening" "$data/gateway.log" && break; sleep 0.5; done
  sleep "$settle"
  $python3 benchmarks/live_lag.py --url "ws://127.0.0.1:$port" --audio "$audio" --calls "$n" --spread "$spread" \
    --seconds "$seconds" --server-pid "$gw" --label "voiceqa-gateway"
  kill "$gw"; wait "$gw" 2>/dev/null || true
  rm -rf "$data"
  trap - EXIT
done
