#!/usr/bin/env bash
# Renders a recording of English speech for warming the English test model's recognizers (`voiceqa gateway
# --warm-speech FILE`, `benchmarks/live-lag.sh --warm-speech FILE`) with espeak-ng (apt-get install espeak-ng):
# about 19 s of a sales call's words and no digits, so it never holds the words of the benchmark's recording
# (digits-16k.wav). A Mandarin model wants a Mandarin recording instead (any WAV of real speech, 10 s is enough).
#   benchmarks/warm-speech-en.sh target/warm-speech-en.wav
set -euo pipefail
out=${1:?usage: $0 OUT.wav}
command -v espeak-ng > /dev/null || { echo "$0: espeak-ng is not installed (apt-get install espeak-ng)" >&2; exit 2; }
mkdir -p "$(dirname "$out")"
espeak-ng -v en-us -s 160 -w "$out" "Good morning, thanks for calling. I wanted to ask about the order we placed \
last week and whether the delivery is still on schedule. Our team is happy with the service, but the price went up \
again and my manager asked me to compare a few other suppliers before we renew the contract. Could you send me the \
new proposal by Friday?"
