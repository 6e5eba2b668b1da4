#!/usr/bin/env bash
# Out-of-fold signal rows for the call-level risk model (cv-risk --signals DIR), from scratch: the folds of folds.sh
# dealt round-robin into G groups (default 8), each group held out together and read by a clause model trained on the
# other groups exactly as train-churn-clauses.sh trains the shipped one (banks, noisy copies, head). Every call is read
# by a model that never saw its author, and G trainings replace one per author (174 since packs 2026.12.18): about
# 40 minutes on an idle two-core machine with the embedding cache empty, 8 minutes of it encoding.
# Run from the repository root, with ../shared beside it:
#   qa-rules/training/risk-rows.sh --cache DIR --signals DIR [other cv-semantic options]
set -euo pipefail
cd "$(dirname "$0")/../.."
. qa-rules/training/folds.sh
groups=${RISK_ROW_GROUPS:-8}
declare -a grouped
for i in "${!folds[@]}"; do
  g=$((i % groups))
  grouped[g]="${grouped[g]:+${grouped[g]},}${folds[i]}"
done
args=()
for g in "${grouped[@]}"; do args+=(--fold "$g"); done
for b in "${banks[@]}"; do args+=(--bank "$b"); done
exec ${VOICEQA_CV:-./voiceqa cv-semantic} "${args[@]}" "${augments[@]}" "${head[@]}" \
  --degrade none,nopunct,cer=0.1,cer=0.2 "$@"
