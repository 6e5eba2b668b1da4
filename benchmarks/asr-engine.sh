#!/usr/bin/env bash
# ASR engine benchmark (see BENCHMARKS.md "## ASR engine"): builds asr-engine, unpacks the English test model and
# runs com.voiceqa.asr.bench.AsrBenchCommand on the module's classpath. Extra arguments go to the command, e.g.
#   benchmarks/asr-engine.sh --streams 16,24,32,40 --seconds 20
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q -pl asr-engine -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
model="asr-engine/target/vosk-model-en/assets/model-en-us"
source ./native-allocator.sh  # VOICEQA_MALLOC=glibc benchmarks/asr-engine.sh ... measures without jemalloc
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Djna.encoding=UTF-8 -Xmx1g \
  -cp "asr-engine/target/classes:$(cat asr-engine/target/bench.classpath)" \
  com.voiceqa.asr.bench.AsrBenchCommand --model "$model" --audio ../shared/test-audio/real-en/digits-16k.wav "$@"
