#!/usr/bin/env bash
# What libvosk itself keeps resident per live stream (BENCHMARKS.md, "The recognizers' own memory, without the
# gateway"): N bare recognizers on the English test model in one JVM, each fed the same recording R times, RSS printed
# as they are added. No gateway.
#   benchmarks/recognizer-rss.sh [N=34] [R...=0 1 4 12]     # R=0: fresh recognizers, nothing decoded
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
n=${1:-34}; shift || true
repeats=${*:-0 1 4 12}
./mvnw -B -q -pl asr-engine -am install -DskipTests
./mvnw -B -q -pl asr-engine dependency:build-classpath -Dmdep.outputFile=target/rss.classpath
model=asr-engine/target/vosk-model-en/assets/model-en-us
audio=../shared/test-audio/real-en/digits-16k.wav
for r in $repeats; do
  echo "== $n recognizers, each fed $audio ${r}x"
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "asr-engine/target/classes:$(cat asr-engine/target/rss.classpath)" \
      benchmarks/RecognizerRss.java "$model" "$audio" "$n" "$r" 2>&1 | grep -v '^LOG'
done
