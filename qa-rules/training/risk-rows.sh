#!/usr/bin/env bash
# Out-of-fold signal rows for the call-level risk model (cv-risk --signals DIR), from scratch: cv-churn-clauses.sh with
# the folds of folds.sh dealt round-robin into CV_GROUPS groups (default 8), each group held out together and read by
# a clause model trained on the other groups exactly as train-churn-clauses.sh trains the shipped one, in the four
# texts cv-risk reads. Eight trainings replace one per author (230 since packs 2026.12.23): on an idle two-core machine
# with 230 folds about 27 minutes to fill an empty embedding cache and 47 for the eight trainings and readings (stop 40).
# Run from the repository root, with ../shared beside it:
#   qa-rules/training/risk-rows.sh --cache DIR --signals DIR [other cv-semantic options]
set -euo pipefail
CV_GROUPS="${CV_GROUPS:-8}" exec "$(dirname "$0")/cv-churn-clauses.sh" --degrade none,nopunct,cer=0.1,cer=0.2 "$@"
