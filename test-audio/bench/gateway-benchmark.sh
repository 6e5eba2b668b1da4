#!/usr/bin/env bash
# Device-gateway benchmark on loopback: a gateway process plus the simulator (see BENCHMARKS.md "## Device gateway").
#   test-audio/bench/gateway-benchmark.sh idle-plus-streaming   # 2,000 idle badges + 200 real-time calls, ASR off
#   test-audio/bench/gateway-benchmark.sh asr N [N...]          # N real-time live calls with ASR on (English model,
#                                                                 # English speech: the Mandarin calls would cost the
#                                                                 # English model ~8x more per second, not comparable)
# Needs: ./mvnw -B -pl device-gateway,test-audio install (or -q -DskipTests), ../shared beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java="$JAVA_HOME/bin/java"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
work=$(mktemp -d /tmp/voiceqa-gw-bench.XXXXXX)
trap 'kill "${gateway_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

./mvnw -B -q -pl test-audio dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="test-audio/target/classes:$(cat "$work/cp.txt")"
calls=(../shared/test-audio/calls/*.mono.wav)
wavs=(); for f in "${calls[@]}"; do wavs+=(--wav "$f"); done
model=device-gateway/target/vosk-model-en/assets/model-en-us

# every virtual badge connects from loopback, so the per-address connection cap is lifted
start_gateway() { # args: gateway flags
  "$java" --enable-native-access=ALL-UNNAMED -Djna.encoding=UTF-8 -cp "$cp" com.voiceqa.gateway.GatewayCommand \
    --data "$work/data" --devices "$work/devices.txt" --max-connections-per-address 10000 "$@" >"$work/gateway.log" 2>&1 &
  gateway_pid=$!
  for _ in $(seq 1 300); do grep -q listening "$work/gateway.log" 2>/dev/null && return; sleep 0.1; done
  cat "$work/gateway.log"; exit 1
}
simulate() { "$java" -cp "$cp" com.voiceqa.sim.SimulateCommand "$@" --gateway-pid "$gateway_pid"; }
stop_gateway() { kill "$gateway_pid"; wait "$gateway_pid" 2>/dev/null || true; rm -rf "$work/data"; }

"$java" -cp "$cp" com.voiceqa.sim.SimulateCommand devices 2300 >"$work/devices.txt"
echo "machine: $(nproc) cores; load before: $(cat /proc/loadavg); ulimit -n $(ulimit -n)"
case "${1:-idle-plus-streaming}" in
  idle-plus-streaming)
    start_gateway --no-asr
    simulate --idle-badges 2000 --badges 200 --real-time --heartbeat-ms 5000 --disconnect-rate 0.1 "${wavs[@]}"
    stop_gateway
    echo "--- store-and-forward: 200 badges uploading as fast as acknowledged, 2,000 idle"
    start_gateway --no-asr
    simulate --idle-badges 2000 --badges 200 --heartbeat-ms 5000 "${wavs[@]}"
    stop_gateway ;;
  asr)
    shift
    for n in "$@"; do
      echo "--- $n live calls with ASR on (English model, English speech 6 x 8.3 s per call), real time, decode backlog bound 1 s"
      start_gateway --model "$model" --asr-backlog 1
      simulate --badges "$n" --real-time --repeat 6 --wav ../shared/test-audio/real-en/digits-16k.wav
      stop_gateway
    done ;;
esac
echo "load after: $(cat /proc/loadavg)"
