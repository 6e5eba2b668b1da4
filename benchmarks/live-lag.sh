#!/usr/bin/env bash
# Decode lag through the real gateway (see BENCHMARKS.md "Live capacity"): builds the gateway, starts `voiceqa gateway`
# with the English test model on a free loopback port, then runs the separate client process benchmarks/live_lag.py
# (Debian's python3-websockets) for each call count, e.g.
#   benchmarks/live-lag.sh --calls 34 --spread 1            # 34 calls starting 1 s apart, 60 s of speech each
#   benchmarks/live-lag.sh --calls 16,24 --spread 0.05      # bursts starting together, one fresh gateway per count
#   benchmarks/live-lag.sh --peer --calls 12,24 --spread 0  # the same client against VoiceQA, then vosk-server
# Options: --calls N[,N...] --spread SECONDS --seconds AUDIO_PER_CALL --warm N (recognizers warmed at start; the
# gateway waits --settle seconds after start before the first call) --warm-speech WAV (warm them on this recording of
# speech, e.g. one from benchmarks/warm-speech-en.sh; default: synthetic sound) --audio WAV, --peer (after VoiceQA,
# run the same calls against vosk-server's C++ server on the same libvosk and model: benchmarks/vosk-server-peer.sh),
# --peer-only (the peer alone), --jfr DIR (record a JFR profile of each VoiceQA gateway run into DIR; read it with
# `jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample` or `jfr summary`), --logs DIR (keep each server's log
# there, e.g. to read why the engine queued a call).
# The gateway runs with -Xmx1g plus $VOICEQA_JAVA_OPTS (e.g. -XX:NativeMemoryTracking=summary) and $VOICEQA_DECODER
# (e.g. beam=8,max-active=2000); the decoder values it really used are printed and name its rows in the table.
# VOICEQA_MALLOC=glibc runs both servers without jemalloc (see native-allocator.sh).
# Each count gets a fresh server (so "fresh gateway" figures are what it measures) and one JSON line on stdout; the
# side-by-side table of all runs (benchmarks/lag_table.py) follows at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
calls=4 spread=1 seconds=60 warm=16 settle=20 warm_speech= audio=../shared/test-audio/real-en/digits-16k.wav servers=voiceqa jfr= logs=
while [ $# -gt 0 ]; do
  case "$1" in
    --calls) calls=$2; shift 2 ;;
    --spread) spread=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warm) warm=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --warm-speech) warm_speech=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    --audio) audio=$2; shift 2 ;;
    --peer) servers="voiceqa peer"; shift ;;
    --peer-only) servers=peer; shift ;;
    --jfr) jfr=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    --logs) logs=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    *) echo "usage: $0 [--calls 4,16] [--spread 1] [--seconds 60] [--warm 16] [--settle 20] [--warm-speech WAV]" \
         "[--audio WAV]" \
         "[--peer | --peer-only] [--jfr DIR] [--logs DIR]" >&2; exit 2 ;;
  esac
done
./mvnw -B -q -pl device-gateway -am install -DskipTests
./mvnw -B -q -pl device-gateway dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
if [[ " $servers " == *" peer "* ]] && [ ! -x target/vosk-server-peer/asr_server ]; then
  benchmarks/vosk-server-peer.sh build
fi
model="asr-engine/target/vosk-model-en/assets/model-en-us"
cp="device-gateway/target/classes:$(cat device-gateway/target/bench.classpath)"
python3=/usr/bin/python3  # Debian's python3-websockets lives here
results=$(mktemp)
data=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$data" "$results"' EXIT

free_port() { $python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_for_port() {  # the peer prints nothing when ready; both listen only once their model is loaded
  for _ in $(seq 240); do
    $python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $1), 1)" 2>/dev/null && return 0
    kill -0 "$server" 2>/dev/null || { echo "the server exited; its log:" >&2; cat "$data/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "no server on port $1 after 2 minutes" >&2; exit 1
}

for n in ${calls//,/ }; do
  for kind in $servers; do
    rm -rf "$data"; data=$(mktemp -d)
    port=$(free_port)
    if [ "$kind" = voiceqa ]; then
      profile=${jfr:+-XX:StartFlightRecording=filename=$jfr/voiceqa-$n-calls.jfr,settings=profile}
      (source ./native-allocator.sh; exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Djna.encoding=UTF-8 \
        -Xmx1g $profile ${VOICEQA_JAVA_OPTS:-} -cp "$cp" com.voiceqa.gateway.GatewayCommand --model "$model" --data "$data" --host 127.0.0.1 \
        --ws-port "$port" --badge-port 0 --warm-recognizers "$warm" ${warm_speech:+--warm-speech "$warm_speech"}) > "$data/server.log" 2>&1 &
      server=$! config=
      wait_for_port "$port"
      sleep "$settle"  # the pool warms in the background
      # what really decodes (VOICEQA_DECODER reaches the gateway or not) and how far warming got, from its log
      decoder=$(grep -o -m1 'decoder [^;]*' "$data/server.log" | head -1 || true)
      decoder=${decoder:-decoder unknown (no start line in the log)}
      grep -o -m1 'warmed .*' "$data/server.log" >&2 || echo "pool still warming after --settle $settle s" >&2
      echo "voiceqa gateway $decoder" >&2
      label="voiceqa-gateway, $decoder"
    else
      benchmarks/vosk-server-peer.sh run "$port" "$(nproc)" > "$data/server.log" 2>&1 &
      server=$! label=vosk-server-cpp config=--no-config
      wait_for_port "$port"
    fi
    $python3 benchmarks/live_lag.py --url "ws://127.0.0.1:$port" --audio "$audio" --calls "$n" --spread "$spread" \
      --seconds "$seconds" --server-pid "$server" --label "$label" $config | tee -a "$results"
    kill "$server"; wait "$server" 2>/dev/null || true
    [ -z "$logs" ] || cp "$data/server.log" "$logs/$kind-$n-calls.log"
    server=
  done
done
echo "allocator: $(source ./native-allocator.sh; [[ ${LD_PRELOAD:-} == *jemalloc* ]] && echo jemalloc || echo glibc); $(nproc) cores"
$python3 benchmarks/lag_table.py < "$results"
