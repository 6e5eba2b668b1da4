# The labeled calls by author, one cross-validation fold per line: folders written by one author are one fold
# (sourced by train-churn-clauses.sh and cv-churn-clauses.sh from the repository root; VOICEQA_SHARED = ../shared).
# The shared corpus and held-out sets 1-3 were written by the project's own sessions while the packs were built: one
# fold. unseen4 (sets f5, f6) and unseen5 (f15, f16) are two authors each, kept together as written. Every other
# folder is one author (READMEs beside the calls; qa-rules/training/README.md). unseen10 … unseen20 joined at stop 25, each
# after it had served once as a blind acceptance check (spent, no longer blind); e21-e24 joined at stop 26; e25-e28 and
# unseen21-unseen28 (spent at stops 25 and 26) at stop 27; e29-e32 and unseen29-unseen36 (spent at stop 27) at stop 28;
# e33-e36 and unseen37-unseen48 (spent at stop 28) at stop 29; e37-e40 and unseen49-unseen52 (spent at stop 29) at
# stop 30; unseen53-unseen88 (spent at stops 30 and 31) at stop 32; unseen89-unseen112 (spent at stop 32) at stop 33;
# unseen113-unseen136 (spent at stop 33) at stop 34; unseen137-unseen168 (spent at stops 34 and 35) at stop 36;
# unseen169 and later stay out.
shared="${VOICEQA_SHARED:-../shared}"
[ -d "$shared/test-audio/calls" ] || { echo "$(basename "$0"): $shared/test-audio/calls not found; set VOICEQA_SHARED" >&2; exit 2; }
folds=(
  "$shared/test-audio/calls,qa-rules/src/test/resources/heldout,qa-rules/src/test/resources/heldout2,qa-rules/src/test/resources/heldout3"
  qa-rules/src/test/resources/unseen4
  qa-rules/src/test/resources/unseen5
  qa-rules/src/test/resources/unseen6
  qa-rules/src/test/resources/unseen7
  qa-rules/training/calls/e2
  qa-rules/training/calls/e3
  qa-rules/training/calls/e4
  qa-rules/training/calls/e6
  qa-rules/training/calls/e7
  qa-rules/training/calls/e8
  qa-rules/training/calls/e9
  qa-rules/training/calls/e10
  qa-rules/training/calls/e11
  qa-rules/training/calls/e12
  qa-rules/training/calls/e13
  qa-rules/training/calls/e14
  qa-rules/training/calls/e15
  qa-rules/training/calls/e16
  qa-rules/training/calls/e17
  qa-rules/training/calls/e18
  qa-rules/training/calls/e19
  qa-rules/training/calls/e20
  qa-rules/training/calls/e21
  qa-rules/training/calls/e22
  qa-rules/training/calls/e23
  qa-rules/training/calls/e24
  qa-rules/training/calls/e25
  qa-rules/training/calls/e26
  qa-rules/training/calls/e27
  qa-rules/training/calls/e28
  qa-rules/training/calls/e29
  qa-rules/training/calls/e30
  qa-rules/training/calls/e31
  qa-rules/training/calls/e32
  qa-rules/training/calls/e33
  qa-rules/training/calls/e34
  qa-rules/training/calls/e35
  qa-rules/training/calls/e36
  qa-rules/training/calls/e37
  qa-rules/training/calls/e38
  qa-rules/training/calls/e39
  qa-rules/training/calls/e40
  qa-rules/src/test/resources/unseen10
  qa-rules/src/test/resources/unseen11
  qa-rules/src/test/resources/unseen12
  qa-rules/src/test/resources/unseen13
  qa-rules/src/test/resources/unseen14
  qa-rules/src/test/resources/unseen15
  qa-rules/src/test/resources/unseen16
  qa-rules/src/test/resources/unseen17
  qa-rules/src/test/resources/unseen18
  qa-rules/src/test/resources/unseen19
  qa-rules/src/test/resources/unseen20
  qa-rules/src/test/resources/unseen21
  qa-rules/src/test/resources/unseen22
  qa-rules/src/test/resources/unseen23
  qa-rules/src/test/resources/unseen24
  qa-rules/src/test/resources/unseen25
  qa-rules/src/test/resources/unseen26
  qa-rules/src/test/resources/unseen27
  qa-rules/src/test/resources/unseen28
  qa-rules/src/test/resources/unseen29
  qa-rules/src/test/resources/unseen30
  qa-rules/src/test/resources/unseen31
  qa-rules/src/test/resources/unseen32
  qa-rules/src/test/resources/unseen33
  qa-rules/src/test/resources/unseen34
  qa-rules/src/test/resources/unseen35
  qa-rules/src/test/resources/unseen36
  qa-rules/src/test/resources/unseen37
  qa-rules/src/test/resources/unseen38
  qa-rules/src/test/resources/unseen39
  qa-rules/src/test/resources/unseen40
  qa-rules/src/test/resources/unseen41
  qa-rules/src/test/resources/unseen42
  qa-rules/src/test/resources/unseen43
  qa-rules/src/test/resources/unseen44
  qa-rules/src/test/resources/unseen45
  qa-rules/src/test/resources/unseen46
  qa-rules/src/test/resources/unseen47
  qa-rules/src/test/resources/unseen48
  qa-rules/src/test/resources/unseen49
  qa-rules/src/test/resources/unseen50
  qa-rules/src/test/resources/unseen51
  qa-rules/src/test/resources/unseen52
  qa-rules/src/test/resources/unseen53
  qa-rules/src/test/resources/unseen54
  qa-rules/src/test/resources/unseen55
  qa-rules/src/test/resources/unseen56
  qa-rules/src/test/resources/unseen57
  qa-rules/src/test/resources/unseen58
  qa-rules/src/test/resources/unseen59
  qa-rules/src/test/resources/unseen60
  qa-rules/src/test/resources/unseen61
  qa-rules/src/test/resources/unseen62
  qa-rules/src/test/resources/unseen63
  qa-rules/src/test/resources/unseen64
  qa-rules/src/test/resources/unseen65
  qa-rules/src/test/resources/unseen66
  qa-rules/src/test/resources/unseen67
  qa-rules/src/test/resources/unseen68
  qa-rules/src/test/resources/unseen69
  qa-rules/src/test/resources/unseen70
  qa-rules/src/test/resources/unseen71
  qa-rules/src/test/resources/unseen72
  qa-rules/src/test/resources/unseen73
  qa-rules/src/test/resources/unseen74
  qa-rules/src/test/resources/unseen75
  qa-rules/src/test/resources/unseen76
  qa-rules/src/test/resources/unseen77
  qa-rules/src/test/resources/unseen78
  qa-rules/src/test/resources/unseen79
  qa-rules/src/test/resources/unseen80
  qa-rules/src/test/resources/unseen81
  qa-rules/src/test/resources/unseen82
  qa-rules/src/test/resources/unseen83
  qa-rules/src/test/resources/unseen84
  qa-rules/src/test/resources/unseen85
  qa-rules/src/test/resources/unseen86
  qa-rules/src/test/resources/unseen87
  qa-rules/src/test/resources/unseen88
  qa-rules/src/test/resources/unseen89
  qa-rules/src/test/resources/unseen90
  qa-rules/src/test/resources/unseen91
  qa-rules/src/test/resources/unseen92
  qa-rules/src/test/resources/unseen93
  qa-rules/src/test/resources/unseen94
  qa-rules/src/test/resources/unseen95
  qa-rules/src/test/resources/unseen96
  qa-rules/src/test/resources/unseen97
  qa-rules/src/test/resources/unseen98
  qa-rules/src/test/resources/unseen99
  qa-rules/src/test/resources/unseen100
  qa-rules/src/test/resources/unseen101
  qa-rules/src/test/resources/unseen102
  qa-rules/src/test/resources/unseen103
  qa-rules/src/test/resources/unseen104
  qa-rules/src/test/resources/unseen105
  qa-rules/src/test/resources/unseen106
  qa-rules/src/test/resources/unseen107
  qa-rules/src/test/resources/unseen108
  qa-rules/src/test/resources/unseen109
  qa-rules/src/test/resources/unseen110
  qa-rules/src/test/resources/unseen111
  qa-rules/src/test/resources/unseen112
  qa-rules/src/test/resources/unseen113
  qa-rules/src/test/resources/unseen114
  qa-rules/src/test/resources/unseen115
  qa-rules/src/test/resources/unseen116
  qa-rules/src/test/resources/unseen117
  qa-rules/src/test/resources/unseen118
  qa-rules/src/test/resources/unseen119
  qa-rules/src/test/resources/unseen120
  qa-rules/src/test/resources/unseen121
  qa-rules/src/test/resources/unseen122
  qa-rules/src/test/resources/unseen123
  qa-rules/src/test/resources/unseen124
  qa-rules/src/test/resources/unseen125
  qa-rules/src/test/resources/unseen126
  qa-rules/src/test/resources/unseen127
  qa-rules/src/test/resources/unseen128
  qa-rules/src/test/resources/unseen129
  qa-rules/src/test/resources/unseen130
  qa-rules/src/test/resources/unseen131
  qa-rules/src/test/resources/unseen132
  qa-rules/src/test/resources/unseen133
  qa-rules/src/test/resources/unseen134
  qa-rules/src/test/resources/unseen135
  qa-rules/src/test/resources/unseen136
  qa-rules/src/test/resources/unseen137
  qa-rules/src/test/resources/unseen138
  qa-rules/src/test/resources/unseen139
  qa-rules/src/test/resources/unseen140
  qa-rules/src/test/resources/unseen141
  qa-rules/src/test/resources/unseen142
  qa-rules/src/test/resources/unseen143
  qa-rules/src/test/resources/unseen144
  qa-rules/src/test/resources/unseen145
  qa-rules/src/test/resources/unseen146
  qa-rules/src/test/resources/unseen147
  qa-rules/src/test/resources/unseen148
  qa-rules/src/test/resources/unseen149
  qa-rules/src/test/resources/unseen150
  qa-rules/src/test/resources/unseen151
  qa-rules/src/test/resources/unseen152
  qa-rules/src/test/resources/unseen153
  qa-rules/src/test/resources/unseen154
  qa-rules/src/test/resources/unseen155
  qa-rules/src/test/resources/unseen156
  qa-rules/src/test/resources/unseen157
  qa-rules/src/test/resources/unseen158
  qa-rules/src/test/resources/unseen159
  qa-rules/src/test/resources/unseen160
  qa-rules/src/test/resources/unseen161
  qa-rules/src/test/resources/unseen162
  qa-rules/src/test/resources/unseen163
  qa-rules/src/test/resources/unseen164
  qa-rules/src/test/resources/unseen165
  qa-rules/src/test/resources/unseen166
  qa-rules/src/test/resources/unseen167
  qa-rules/src/test/resources/unseen168
)
# the twelve f-sets (one author each, 15 calls) are held out three at a time: 11 trainings instead of 19 on a
# shared two-core machine, and every held-out call is still scored by a model that never saw its author
fsets=(qa-rules/training/calls/f*)
for ((i = 0; i < ${#fsets[@]}; i += 3)); do
  group=$(IFS=,; echo "${fsets[*]:i:3}")
  folds+=("$group")
done
banks=(qa-rules/training/banks/*.jsonl)
# noisy copies of every call and bank line: what the simulated recognizer of eval-rules --degrade makes of them
augments=(--augment cer=0.1 --augment cer=0.2)
# the shipped clause model's recipe (docs/rules.md): the context head (packs 2026.12.4) reading the turn after the
# window's too (--next-turn, packs 2026.12.9; without it 2026.12.7's recipe) and its reading by sound (pinyin n-grams,
# 2026.12.6), negation-marked (--negation-ngrams, 2026.12.17). --context-dropout 0.3 and --head-seeds 3 were measured
# on 18 and 20 folds (stops 23, 24), not taken.
head=(--head context-mlp --next-turn --pinyin-ngrams --negation-ngrams)
