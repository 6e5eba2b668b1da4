#!/usr/bin/env bash
# Retrains the built-in clause model (churn categories + negative customer turns) from every labeled corpus except
# the unseen measurement set (src/test/resources/unseen4). Run from the repository root, with ../shared beside it:
#   qa-rules/training/train-churn-clauses.sh
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
exec ./voiceqa train-semantic "${args[@]}" --out qa-rules/src/main/resources/com/voiceqa/rules/semantic/churn-clauses.json
