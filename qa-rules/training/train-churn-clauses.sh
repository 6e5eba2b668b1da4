#!/usr/bin/env bash
# Retrains the built-in clause model (churn categories, QA span items, negative customer turns) from every labeled
# corpus except the measurement sets (src/test/resources/unseen4 and unseen5), with two noisy copies of everything
# (no punctuation, 10 % and 20 % character errors: the simulated recognizer of eval-rules --degrade).
# Run from the repository root, with ../shared beside it:
#   qa-rules/training/train-churn-clauses.sh
# VOICEQA_TRAIN="cmd" replaces ./voiceqa train-semantic (e.g. a java command on qa-rules' classpath); OUT= the file.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${VOICEQA_SHARED:-../shared}"
[ -d "$shared/test-audio/calls" ] || { echo "train-churn-clauses: $shared/test-audio/calls not found; set VOICEQA_SHARED" >&2; exit 2; }
args=(--corpus "$shared/test-audio/calls")
for d in qa-rules/src/test/resources/heldout qa-rules/src/test/resources/heldout2 qa-rules/src/test/resources/heldout3 \
         qa-rules/training/calls/*/; do
  args+=(--corpus "$d")
done
for b in qa-rules/training/banks/*.jsonl; do
  args+=(--bank "$b")
done
args+=(--augment cer=0.1 --augment cer=0.2)
out="${OUT:-qa-rules/src/main/resources/com/voiceqa/rules/semantic/churn-clauses.json}"
exec ${VOICEQA_TRAIN:-./voiceqa train-semantic} "${args[@]}" --out "$out"
