# Sourced by ./voiceqa and benchmarks/*.sh right before they start a JVM that decodes speech: preloads jemalloc when
# it is installed (Debian: apt-get install libjemalloc2). Vosk's decoder spends about a fifth of its time in glibc's
# malloc; with jemalloc a live stream cost 15-20 % less CPU and peak RSS fell by 40 % in a side-by-side run
# (BENCHMARKS.md "Live capacity"). VOICEQA_MALLOC=glibc keeps glibc's allocator.
jemalloc=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2
if [ "${VOICEQA_MALLOC:-jemalloc}" = jemalloc ] && [ -r "$jemalloc" ]; then
  export LD_PRELOAD="$jemalloc${LD_PRELOAD:+:$LD_PRELOAD}"
fi
unset jemalloc
