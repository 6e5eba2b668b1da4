# The labeled calls by author, one cross-validation fold per line: folders written by one author are one fold
# (sourced by train-churn-clauses.sh and cv-churn-clauses.sh from the repository root; VOICEQA_SHARED = ../shared).
# The shared corpus and held-out sets 1-3 were written by the project's own sessions while the packs were built: one
# fold. unseen4 (sets f5, f6) and unseen5 (f15, f16) are two authors each, kept together as written. Every other
# folder is one author (READMEs beside the calls; qa-rules/training/README.md). unseen10 … unseen20 joined at stop 25, each
# after it had served once as a blind acceptance check (spent, no longer blind); e21-e24 joined at stop 26; e25-e28 and
# unseen21-unseen28 (spent at stops 25 and 26) at stop 27; e29-e32 and unseen29-unseen36 (spent at stop 27) at stop 28;
# e33-e36 and unseen37-unseen48 (spent at stop 28) at stop 29; e37-e40 and unseen49-unseen52 (spent at stop 29) at
# stop 30; unseen53-unseen88 (spent at stops 30 and 31) at stop 32; unseen89-unseen112 (spent at stop 32) at stop 33;
# unseen113-unseen136 (spent at stop 33) at stop 34; unseen137-unseen168 (spent at stops 34 and 35) and
# unseen169-unseen176 (spent at stop 36) at stop 36; unseen193-unseen200 (spent at stop 36) and e49-e56 at stop 38;
# unseen177-unseen192, unseen201-unseen224 (spent at stops 37-41) and e57-e64 at stop 42 (packs 2026.12.26);
# e41-e48 (docs/packs-history.md, stop 37) and unseen225 and later stay out.
shared="${VOICEQA_SHARED:-../shared}"
[ -d "$shared/test-audio/calls" ] || { echo "$(basename "$0"): $shared/test-audio/calls not found; set VOICEQA_SHARED" >&2; exit 2; }
# one fold per folder; a brace range expands in order, so the round-robin groups of risk-rows.sh stay the same
folds=(
  "$shared/test-audio/calls,qa-rules/src/test/resources/heldout,qa-rules/src/test/resources/heldout2,qa-rules/src/test/resources/heldout3"
  qa-rules/src/test/resources/unseen4
  qa-rules/src/test/resources/unseen5
  qa-rules/src/test/resources/unseen6
  qa-rules/src/test/resources/unseen7
  qa-rules/training/calls/e{2..4} qa-rules/training/calls/e{6..40}
  qa-rules/src/test/resources/unseen{10..176} qa-rules/src/test/resources/unseen{193..200}
  qa-rules/training/calls/e{49..56}
  qa-rules/src/test/resources/unseen{177..192} qa-rules/src/test/resources/unseen{201..224}
  qa-rules/training/calls/e{57..64}
)
# the twelve f-sets (one author each, 15 calls) are held out three at a time: 11 trainings instead of 19 on a
# shared two-core machine, and every held-out call is still scored by a model that never saw its author
fsets=(qa-rules/training/calls/f*)
for ((i = 0; i < ${#fsets[@]}; i += 3)); do
  group=$(IFS=,; echo "${fsets[*]:i:3}")
  folds+=("$group")
done
banks=(qa-rules/training/banks/*.jsonl)
# the pair banks (each sign beside a risk-free line on the same topic, by authors who read only the guide) are read ten
# times, which weighs their lines ten times (the simulated recognizer's noise is keyed by the text, so every reading
# gives the same copies): read once, the clause model still took praise, growth and renewal affirmations it had not
# seen for signs (docs/packs-history.md, stop 41: bank-l's risk-free renewal lines flagged 44 of 80 once,
# 28 of 80 ten times); bank-m to bank-p since packs 2026.12.24, bank-q to bank-t since 2026.12.25
pair_banks=(m n o p q r s t)
pair_readings=10
for ((r = 1; r < pair_readings; r++)); do
  for b in "${pair_banks[@]}"; do banks+=("qa-rules/training/banks/bank-$b.jsonl"); done
done
# noisy copies of every call and bank line: what the simulated recognizer of eval-rules --degrade makes of them
augments=(--augment cer=0.1 --augment cer=0.2)
# the shipped clause model's recipe (docs/rules.md): the context head (packs 2026.12.4) reading the turn after the
# window's too (--next-turn, packs 2026.12.9; without it 2026.12.7's recipe) and its reading by sound (pinyin n-grams,
# 2026.12.6), negation-marked (--negation-ngrams, 2026.12.17). --context-dropout 0.3 and --head-seeds 3 were measured
# on 18 and 20 folds (stops 23, 24), not taken.
head=(--head context-mlp --next-turn --pinyin-ngrams --negation-ngrams)
# the context head holds every training window's inputs at once (665,732 windows of 2,048 numbers since 2026.12.23,
# about 5.4 GB): more than the JVM's default heap of a quarter of the machine's memory; three quarters of a 24 GiB
# machine trains it (stop 40: the default ran out of heap after encoding)
export VOICEQA_JAVA_OPTS="${VOICEQA_JAVA_OPTS:--XX:MaxRAMPercentage=75}"
