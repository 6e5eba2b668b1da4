#!/usr/bin/env bash
# Retrains the built-in clause model (churn categories, QA span items, negative customer turns) from every labeled
# corpus (folds.sh: all authors, the sets that cross-validation holds out one at a time included), the utterance
# banks, and two noisy copies of everything (no punctuation with 10 % and 20 % character errors: the simulated
# recognizer of eval-rules --degrade). cv-churn-clauses.sh measures this recipe on authors it did not train on.
# Run from the repository root, with ../shared beside it:
#   qa-rules/training/train-churn-clauses.sh
# VOICEQA_TRAIN="cmd" replaces ./voiceqa train-semantic (e.g. a java command on qa-rules' classpath); OUT= the file.
set -euo pipefail
cd "$(dirname "$0")/../.."
. qa-rules/training/folds.sh
args=()
for f in "${folds[@]}"; do
  IFS=, read -ra dirs <<< "$f"
  for d in "${dirs[@]}"; do args+=(--corpus "$d"); done
done
for b in "${banks[@]}"; do args+=(--bank "$b"); done
out="${OUT:-qa-rules/src/main/resources/com/voiceqa/rules/semantic/churn-clauses.json}"
exec ${VOICEQA_TRAIN:-./voiceqa train-semantic} "${args[@]}" "${augments[@]}" "${head[@]}" "$@" --out "$out"
