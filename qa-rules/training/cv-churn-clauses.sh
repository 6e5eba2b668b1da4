#!/usr/bin/env bash
# Leave-one-author-out cross-validation of the clause model (folds.sh): for each fold, a model trained on all other
# folds with the banks and noisy copies, exactly as train-churn-clauses.sh trains the shipped one, scores the held-out
# calls with the built-in packs on clean text, without punctuation and at 20 % character errors (seed 1).
# Run from the repository root, with ../shared beside it; extra arguments go to cv-semantic (e.g. --shipped,
# --cache DIR). The first run encodes every window (minutes); later runs read the cache and stored fold models.
# CV_GROUPS=G deals the folds round-robin into G groups, each held out together: G trainings instead of one per fold,
# and every call is still read by a model that never saw its author (risk-rows.sh).
#   [CV_GROUPS=G] qa-rules/training/cv-churn-clauses.sh [--shipped]
set -euo pipefail
cd "$(dirname "$0")/../.."
. qa-rules/training/folds.sh
if [ -n "${CV_GROUPS:-}" ]; then
  grouped=()
  for i in "${!folds[@]}"; do
    g=$((i % CV_GROUPS))
    grouped[g]="${grouped[g]:+${grouped[g]},}${folds[i]}"
  done
  folds=("${grouped[@]}")
fi
args=()
for f in "${folds[@]}"; do args+=(--fold "$f"); done
for b in "${banks[@]}"; do args+=(--bank "$b"); done
exec ${VOICEQA_CV:-./voiceqa cv-semantic} "${args[@]}" "${augments[@]}" "${head[@]}" "$@"
