#!/usr/bin/env bash
# Issue 15: moves every reference to the shared call vocabulary from asr-engine, and to the gateway's call events and
# device/call ids, to the core module (`new CallEventBus()` becomes `new InProcessCallEventBus()`). Run from anywhere
# inside the repository, on main after merging a branch written against the old names, then compile:
#   tools/core-move.sh && ./mvnw -B -q -DskipTests install
#
# Idempotent: a second run changes nothing. It
#   1. renames META-INF/services/com.voiceqa.asr.cli.CliCommand files (merging into an existing new one),
#   2. applies tools/core-move.sed (old fully-qualified names and class paths -> new) to every tracked text file,
#   3. adds the imports that a moved class now needs in files of the package it left (there it was used unimported),
#   4. sorts each run of `import com.voiceqa.` lines it touched, so renamed imports land in order.
# It cannot fix wildcard imports (`import com.voiceqa.asr.*;`): it lists them; fix those by hand.
#
# Merging a branch written before the move: `git merge` it; in a conflicted file where the move only renamed imports
# (any file outside core/ except the few it changed by hand: see `git log -p --stat` of the move's commits), take the
# branch's side (`git checkout --theirs FILE`); then run this script and compile. A new class the branch added to
# com.voiceqa.gateway.id has its package renamed to core.id but stays in device-gateway: move it to core by hand.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
cd "$root"
script=tools/core-move.sed

# The classes that left a package: "<old package> <new fully-qualified name>".
moved() {
  cat <<'LIST'
com.voiceqa.asr com.voiceqa.core.Segment
com.voiceqa.asr com.voiceqa.core.Word
com.voiceqa.asr com.voiceqa.core.Transcript
com.voiceqa.asr com.voiceqa.core.TranscriptListener
com.voiceqa.asr com.voiceqa.core.PartialResult
com.voiceqa.asr com.voiceqa.core.StreamFormat
com.voiceqa.asr com.voiceqa.core.ChannelLayout
com.voiceqa.asr.metrics com.voiceqa.core.metrics.CallMetrics
com.voiceqa.asr.metrics com.voiceqa.core.metrics.ChannelMetrics
com.voiceqa.asr.metrics com.voiceqa.core.metrics.Interval
com.voiceqa.asr.metrics com.voiceqa.core.metrics.Overlap
com.voiceqa.asr.cli com.voiceqa.core.cli.CliCommand
com.voiceqa.asr.cli com.voiceqa.core.cli.CliArgs
com.voiceqa.asr.cli com.voiceqa.core.cli.UserError
com.voiceqa.gateway.events com.voiceqa.core.events.CallEvent
com.voiceqa.gateway.events com.voiceqa.core.events.CallEventListener
com.voiceqa.gateway.events com.voiceqa.core.events.CallEventBus
com.voiceqa.gateway.events com.voiceqa.core.events.CallMetadata
com.voiceqa.gateway.events com.voiceqa.core.events.CallSource
LIST
}

touched=$(mktemp)
trap 'rm -f "$touched"' EXIT

# 1. service files
git ls-files -- '*META-INF/services/com.voiceqa.asr.cli.CliCommand' | while read -r old; do
  new="${old%/*}/com.voiceqa.core.cli.CliCommand"
  if [ -e "$new" ]; then
    awk '!seen[$0]++' "$new" "$old" > "$new.tmp" && mv "$new.tmp" "$new"
    git rm -q -- "$old"
    git add -- "$new"
  else
    git mv -- "$old" "$new"
  fi
  echo "renamed $old"
done

# 2. names
candidates=$(mktemp)
git ls-files -z | grep -zv '^tools/core-move\.' \
  | xargs -0 -r grep -lIZ -e 'voiceqa.asr' -e 'voiceqa/asr' -e 'voiceqa.gateway' -e 'voiceqa/gateway' -e 'CallEventBus' -- \
  > "$candidates" || true
while IFS= read -r -d '' file; do
  if ! sed -f "$script" -- "$file" | cmp -s - "$file"; then
    sed -i -f "$script" -- "$file"
    echo "$file" >> "$touched"
  fi
done < "$candidates"
rm -f "$candidates"

# 3. imports for uses inside the package a class left
add_import() { # file fqn
  local file=$1 fqn=$2
  if grep -q '^import [a-z]' "$file"; then
    # before the first import; a blank line after it when that import is java.* or javax.*
    awk -v line="import $fqn;" '!done && /^import [a-z]/ { print line; if ($0 ~ /^import javax?\./) print ""; done = 1 }
      { print }' "$file" > "$file.tmp"
  else
    awk -v line="import $fqn;" '{ print } !done && /^package / { print ""; print line; done = 1 }' "$file" > "$file.tmp"
  fi
  mv "$file.tmp" "$file"
  echo "$file" >> "$touched"
}
git ls-files -- '*.java' | while read -r file; do
  case "$file" in */package-info.java) continue ;; esac  # Javadoc only; an import there would be unused
  pkg=$(awk '/^package / { sub(/^package /, ""); sub(/;.*/, ""); print; exit }' "$file")
  # the in-process event bus, now constructed by name wherever `new CallEventBus()` was
  if [ "$pkg" != com.voiceqa.gateway.events ] && grep -q '\bInProcessCallEventBus\b' "$file" \
      && ! grep -q '^import com\.voiceqa\.gateway\.events\.InProcessCallEventBus;' "$file"; then
    add_import "$file" com.voiceqa.gateway.events.InProcessCallEventBus
  fi
  case "$pkg" in com.voiceqa.asr|com.voiceqa.asr.metrics|com.voiceqa.asr.cli|com.voiceqa.gateway.events) ;; *) continue ;; esac
  moved | while read -r old fqn; do
    [ "$old" = "$pkg" ] || continue
    simple=${fqn##*.}
    grep -q "^import [a-z0-9_.]*\.$simple;" "$file" && continue
    # (no grep -q in a pipe: its early exit would fail the pipeline under pipefail)
    sed '/^import /d; /^package /d' "$file" | grep -w -- "$simple" > /dev/null || continue
    add_import "$file" "$fqn"
  done
done

# 4. order of the renamed imports
sort -u "$touched" | { grep '\.java$' || true; } | while read -r file; do
  awk '
    function flush() { if (n) { fflush(); cmd = "LC_ALL=C sort -u"; for (i = 1; i <= n; i++) print run[i] | cmd; close(cmd); n = 0 } }
    /^import com\.voiceqa\./ { run[++n] = $0; next }
    { flush(); print }
    END { flush() }' "$file" > "$file.tmp"
  mv "$file.tmp" "$file"
done
sort -u "$touched" | sed 's/^/updated /'

# what a script cannot decide
git ls-files -z -- '*.java' | xargs -0 -r grep -n \
    -e '^import com\.voiceqa\.asr\(\.metrics\|\.cli\)\?\.\*;' -e '^import com\.voiceqa\.gateway\.events\.\*;' -- \
  | sed 's/^/fix by hand (wildcard import): /' || true
