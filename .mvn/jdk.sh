# Sourced (POSIX sh) by ./voiceqa, ./mvnw and .ci/run so that all three build and run on the same JDK >= 21:
# $JAVA_HOME if it is new enough, else the `java` on PATH, else Temurin 25/21 under /usr/lib/jvm, else any JDK there.
# Exports JAVA_HOME, or stops with one line saying what to install. A machine whose default java is older (Debian's
# 17) still works: that JDK is skipped, not used.

voiceqa_jdk_feature() { # prints the feature version (17, 21, 25...) of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = \([0-9]*\).*/\1/p'
  fi
}

voiceqa_select_jdk() {
  voiceqa_path_java=$(command -v java 2>/dev/null || true)
  voiceqa_path_jdk=""
  if [ -n "$voiceqa_path_java" ]; then
    voiceqa_path_jdk=$(dirname "$(dirname "$(readlink -f "$voiceqa_path_java")")")
  fi
  voiceqa_noglob=false
  case $- in *f*) voiceqa_noglob=true; set +f ;; esac   # mvnw runs with `set -f`; the /usr/lib/jvm/* fallback needs globs
  for voiceqa_jdk in "${JAVA_HOME:-}" "$voiceqa_path_jdk" /usr/lib/jvm/temurin-25-jdk-amd64 \
      /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$voiceqa_jdk" ] || continue
    voiceqa_feature=$(voiceqa_jdk_feature "$voiceqa_jdk")
    if [ -n "$voiceqa_feature" ] && [ "$voiceqa_feature" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$voiceqa_jdk"
      export JAVA_HOME
      if $voiceqa_noglob; then set -f; fi
      return 0
    fi
  done
  echo "VoiceQA needs a JDK 21 or newer (found none in JAVA_HOME, on PATH or under /usr/lib/jvm)." \
    "Install one, e.g. Temurin 25 (https://adoptium.net), and set JAVA_HOME to it." >&2
  exit 1
}

voiceqa_select_jdk
