#!/usr/bin/env bash
# The peer of BENCHMARKS.md "Live capacity": vosk-server's C++ WebSocket server (websocket-cpp/asr_server.cpp, Boost
# Beast) built against the libvosk.so inside the Vosk jar VoiceQA runs on, so both servers decode with the same native
# library and the same English model.
#   benchmarks/vosk-server-peer.sh build                    # compiles into target/vosk-server-peer/
#   benchmarks/vosk-server-peer.sh run PORT [THREADS]       # runs the built server in the foreground
# Build needs g++ and Boost headers (Debian: apt-get install g++ libboost-dev); the unmodified sources are in
# benchmarks/vosk-server-peer/ (see its README). Nothing built is committed.
# The server decodes on its I/O threads (default 2, one per core), one new recognizer per connection, and takes its
# sample rate from VOSK_SAMPLE_RATE (it reads no config message). It runs under the same allocator choice as VoiceQA
# (native-allocator.sh; VOICEQA_MALLOC=glibc for both), so the side-by-side compares the servers, not the mallocs.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
out=target/vosk-server-peer
src=benchmarks/vosk-server-peer
model="asr-engine/target/vosk-model-en/assets/model-en-us"

build() {
  [ -r /usr/include/boost/beast.hpp ] || { echo "Boost headers missing: apt-get install libboost-dev" >&2; exit 2; }
  mkdir -p "$out/lib"
  if [ ! -r "$model/conf/model.conf" ]; then
    ./mvnw -B -q -pl asr-engine generate-test-resources  # unpacks the English test model
  fi
  # The libvosk.so of the exact Vosk jar the build resolves, not a copy from elsewhere.
  ./mvnw -B -q -pl asr-engine dependency:build-classpath -Dmdep.outputFile=target/peer.classpath
  jar=$(tr ':' '\n' < asr-engine/target/peer.classpath | grep '/com/alphacephei/vosk/.*/vosk-[0-9.]*\.jar$')
  unzip -o -q -j "$jar" linux-x86-64/libvosk.so -d "$out/lib"
  g++ -O2 -std=c++17 -pthread -I"$src" "$src/asr_server.cpp" -o "$out/asr_server" -L"$out/lib" -lvosk \
    -Wl,-rpath,"$(pwd)/$out/lib"
  echo "built $out/asr_server against $jar's libvosk.so" >&2
}

case "${1:-}" in
  build) build ;;
  run)
    port=${2:?usage: $0 run PORT [THREADS]}
    threads=${3:-2}
    [ -x "$out/asr_server" ] || { echo "not built yet: $0 build" >&2; exit 2; }
    source ./native-allocator.sh
    VOSK_SAMPLE_RATE=${VOSK_SAMPLE_RATE:-16000} exec "$out/asr_server" 127.0.0.1 "$port" "$threads" "$model" ;;
  *) echo "usage: $0 build | run PORT [THREADS]" >&2; exit 2 ;;
esac
