#!/usr/bin/env bash
# deploy/local-cluster.sh [--calls N] [--phones M] [--keep]
#
# A VoiceQA cluster on loopback, every part a JVM (or server) of its own on free ports: a Kafka broker (KRaft) and an
# OpenSearch node (deploy/src: com.voiceqa.deploy.LocalKafka, LocalOpenSearch), the database (PostgreSQL in a
# temporary folder when initdb is installed, else H2 in AUTO_SERVER mode), then from the one product jar the analytics
# and web roles, two gateways and two ASR workers. It streams N calls of one recording in real time, N - M from badges
# and M (default N/2, rounded down) from phones (vosk-server WebSocket protocol), both with `./voiceqa simulate`: the
# badges and the first half of the phones (rounded up) to gateway 1, the other phones to gateway 2. It kills ASR
# worker 1 mid-run (worker 2 replays its open calls) and gateway 1 mid-call: its badges reconnect to gateway 2
# (`simulate --failover-port`) and RESUME where Kafka says they were; its phones cannot (the vosk protocol has no
# RESUME), so their calls end there, and gateway 2 ends them in Kafka once gateway 1 left the gateways' group
# (cluster.takeover.AbandonedCalls) with the audio Kafka acknowledged. Then it checks what analytics stored, call
# by call, saying which gateway each was on: one row per call, no segment twice; a whole call's recording has the
# PCM SHA-256 of the WAV sent and its transcript matches a one-process `./voiceqa transcribe` of it (word accuracy
# >= 0.8); a cut phone call's recording is a byte-identical prefix of what the phone sent, and its transcript matches
# a one-process transcription of that prefix. The last line is "cluster: N/N calls complete, 0 lost, 0 duplicated"
# (exit 0) or the real counts (exit 1). Progress lines start with "cluster:"; logs and data go to a temporary folder
# it names (deleted at the end unless --keep or a failure). Every process it started is stopped on exit. Docs: README
# "Scale-out", docs/ARCHITECTURE.md "Deployments".
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
usage="usage: deploy/local-cluster.sh [--calls N] [--phones M] [--keep]"
calls=4
phones=""
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --calls) calls="${2:-}"; shift 2 || { echo "$usage" >&2; exit 2; } ;;
    --phones) phones="${2:-}"; shift 2 || { echo "$usage" >&2; exit 2; } ;;
    --keep) keep=true; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
[[ "$calls" =~ ^[1-9][0-9]{0,3}$ ]] || { echo "--calls takes a number from 1 to 9999, got '$calls'. $usage" >&2; exit 2; }
phones="${phones:-$((calls / 2))}"
[[ "$phones" =~ ^[0-9]{1,4}$ ]] && [ "$phones" -le "$calls" ] ||
  { echo "--phones takes a number from 0 to --calls ($calls), got '$phones'. $usage" >&2; exit 2; }
badges=$((calls - phones))
phones_1=$(((phones + 1) / 2)) # on gateway 1, which is killed
phones_2=$((phones - phones_1))

work="$(mktemp -d "${TMPDIR:-/tmp}/voiceqa-cluster.XXXXXX")"
chmod 755 "$work" # the database server may run as the postgres user
logs="$work/logs"
mkdir -p "$logs"
started=$SECONDS
say() { printf 'cluster: [%4ds] %s\n' "$((SECONDS - started))" "$*"; }

pids=()
pg_dir=""
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
stop_all() {
  local rc=$?
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_dir" ]; then as_postgres "'$pg_bin/pg_ctl' -D '$pg_dir' -m fast -w stop" >/dev/null 2>&1 || true; fi
  if $keep || [ "$rc" -ne 0 ]; then say "logs and data kept in $work"; else rm -rf "$work"; fi
  exit "$rc"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start NAME COMMAND...: runs it in the background with its output in $logs/NAME.log
start() {
  local name="$1"; shift
  "$@" >"$logs/$name.log" 2>&1 &
  pids+=("$!")
  last_pid=$!
}

# await WHAT SECONDS PID CHECK...: polls CHECK every second while PID lives
await() {
  local what="$1" seconds="$2" pid="$3"; shift 3
  for ((t = 0; t < seconds; t++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { say "$what stopped before it was ready; its log is in $logs"; exit 1; }
    sleep 1
  done
  say "$what not ready after $seconds s; its log is in $logs"
  exit 1
}
healthy() { curl -fs "http://127.0.0.1:$1/actuator/health" | grep -q '"UP"'; }

say "logs and data in $work"
say "building the product and the cluster tools"
(cd "$here" && ./mvnw -B -q -DskipTests install >"$logs/build.log" 2>&1) || { say "the build failed: $logs/build.log"; exit 1; }
(cd "$here" && ./mvnw -B -q -pl deploy dependency:build-classpath -Dmdep.outputFile="$work/deploy.cp" >>"$logs/build.log" 2>&1)
. "$here/.mvn/jdk.sh"
tools_cp="$here/deploy/target/classes:$(cat "$work/deploy.cp")"

say "starting Kafka (KRaft) and OpenSearch"
start kafka "$JAVA_HOME/bin/java" -cp "$tools_cp" com.voiceqa.deploy.LocalKafka "$work/kafka.address"
kafka_pid=$last_pid
start opensearch "$JAVA_HOME/bin/java" -cp "$tools_cp" com.voiceqa.deploy.LocalOpenSearch "$work/opensearch.address"
opensearch_pid=$last_pid
await "Kafka" 180 "$kafka_pid" test -s "$work/kafka.address"
await "OpenSearch" 180 "$opensearch_pid" test -s "$work/opensearch.address"
kafka="$(cat "$work/kafka.address")"
opensearch="$(cat "$work/opensearch.address")"
say "Kafka at $kafka, OpenSearch at $opensearch"

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
  pg_dir="$work/postgres"
  pg_port="$(free_port)"
  mkdir -p "$pg_dir"
  [ "$(id -u)" -ne 0 ] || chown postgres "$pg_dir"
  # trust on loopback only: a throw-away server for this run
  as_postgres "'$pg_bin/initdb' -D '$pg_dir' -A trust -U postgres" >"$logs/postgres-init.log" 2>&1
  as_postgres "'$pg_bin/pg_ctl' -D '$pg_dir' -l '$pg_dir/server.log' -w -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1' start" \
    >>"$logs/postgres-init.log" 2>&1
  "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE ROLE voiceqa LOGIN PASSWORD 'voiceqa'" >>"$logs/postgres-init.log"
  "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres -O voiceqa voiceqa >>"$logs/postgres-init.log"
  db=(--db "jdbc:postgresql://127.0.0.1:$pg_port/voiceqa" --db-user voiceqa --db-password voiceqa)
  say "PostgreSQL ($pg_bin) on port $pg_port"
else
  db=(--db "jdbc:h2:file:$work/db/voiceqa;AUTO_SERVER=TRUE;WRITE_DELAY=0" --db-user sa --db-password "")
  say "PostgreSQL is not installed: H2 in AUTO_SERVER mode under $work/db"
fi

password="cluster-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
analytics_port="$(free_port)"
say "starting analytics (first: it creates the schema)"
start analytics "$here/voiceqa" analytics --kafka "$kafka" "${db[@]}" --index "opensearch:$opensearch" \
  --data "$work/analytics" --port "$analytics_port" --voiceqa.admin-password="$password"
analytics_pid=$last_pid
await "analytics" 300 "$analytics_pid" healthy "$analytics_port"
web_port="$(free_port)"
say "starting web"
start web "$here/voiceqa" web "${db[@]}" --index "opensearch:$opensearch" --data "$work/web" --port "$web_port" \
  --voiceqa.admin-password="$password"
await "web" 300 "$last_pid" healthy "$web_port"
say "analytics (health on $analytics_port) and web (http://127.0.0.1:$web_port/, admin / $password) are up"

model="${VOICEQA_MODEL:-$here/web/target/vosk-model-en/assets/model-en-us}"
[ -d "$model" ] || { say "no speech model at $model: set VOICEQA_MODEL=DIR (README, Models)"; exit 1; }
wav="$here/../shared/test-audio/real-en/digits-16k.wav"
secret="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$here/voiceqa" simulate devices "$calls" --secret "$secret" >"$work/devices.txt"
chmod 600 "$work/devices.txt"

say "starting two ASR workers and two gateways"
start asr-worker-1 "$here/voiceqa" asr-worker --kafka "$kafka" --model "$model" --node worker-1
worker1_pid=$last_pid
start asr-worker-2 "$here/voiceqa" asr-worker --kafka "$kafka" --model "$model" --node worker-2
gateway_ports=()
phone_ports=()
gateway_pids=()
for g in 1 2; do
  badge_port="$(free_port)"
  phone_port="$(free_port)"
  start "gateway-$g" "$here/voiceqa" gateway --kafka "$kafka" --devices "$work/devices.txt" --badge-port "$badge_port" \
    --phone-port "$phone_port" --data "$work/gateway-$g" --node "gateway-$g"
  await "gateway $g" 300 "$last_pid" bash -c "echo >/dev/tcp/127.0.0.1/$badge_port"
  gateway_ports+=("$badge_port")
  phone_ports+=("$phone_port")
  gateway_pids+=("$last_pid")
done

# device i streams call i: badges sim-0..B-1 and phones sim-B..B+P1-1 to gateway 1, phones sim-B+P1.. to gateway 2
range() { [ "$2" -gt 0 ] && printf 'sim-%05d..sim-%05d' "$1" "$(($1 + $2 - 1))" || printf 'none'; }
say "streaming $(basename "$wav") in real time: $badges badge call(s) ($(range 0 "$badges")) to gateway 1, gateway 2" \
  "their failover; $phones_1 phone call(s) ($(range "$badges" "$phones_1")) to gateway 1, which is killed: they end" \
  "there; $phones_2 phone call(s) ($(range $((badges + phones_1)) "$phones_2")) to gateway 2, which lives"
start simulate "$here/voiceqa" simulate --badges "$badges" --phones "$phones_1" --wav "$wav" --real-time \
  --host 127.0.0.1 --badge-port "${gateway_ports[0]}" --ws-port "${phone_ports[0]}" \
  --failover-port "${gateway_ports[1]}" --secret "$secret"
simulate_pid=$last_pid
simulate_2_pid=""
if [ "$phones_2" -gt 0 ]; then
  start simulate-2 "$here/voiceqa" simulate --phones "$phones_2" --first-device $((badges + phones_1)) --wav "$wav" \
    --real-time --host 127.0.0.1 --ws-port "${phone_ports[1]}" --secret "$secret"
  simulate_2_pid=$last_pid
fi
await "the simulator" 120 "$simulate_pid" grep -q "streaming" "$logs/simulate.log" # the kills below are mid-call
sleep 4
say "killing ASR worker 1 mid-run"
kill -9 "$worker1_pid"
wait "$worker1_pid" 2>/dev/null || true # killed on purpose: no "Killed" line
sleep 2
say "killing gateway 1 mid-run (its badges reconnect to gateway 2 and RESUME; its phone calls end)"
kill -9 "${gateway_pids[0]}"
wait "${gateway_pids[0]}" 2>/dev/null || true
wait "$simulate_pid" || { say "the simulator reported a problem: $logs/simulate.log"; exit 1; }
say "simulator (gateway 1): $(grep -o 'verified byte-identical.*' "$logs/simulate.log" || echo 'no report line')"
grep -o 'cut: .*' "$logs/simulate.log" | while read -r line; do say "simulator (gateway 1): $line"; done
if [ -n "$simulate_2_pid" ]; then
  wait "$simulate_2_pid" || { say "the simulator reported a problem: $logs/simulate-2.log"; exit 1; }
  say "simulator (gateway 2): $(grep -o 'verified byte-identical.*' "$logs/simulate-2.log" || echo 'no report line')"
fi

say "waiting for analytics to store the calls"
calls_json() { curl -fs -u "admin:$password" "http://127.0.0.1:$web_port/api/calls?size=200"; }
all_stored() {
  [ "$(calls_json | python3 -c 'import json, sys; print(sum(c["status"] == "done" for c in json.load(sys.stdin)["items"]))')" \
    -ge "$calls" ]
}
await "all $calls calls stored" 600 "$analytics_pid" all_stored

say "checking recordings and transcripts against a one-process run"
"$here/voiceqa" transcribe "$wav" --model "$model" --json >"$work/one-process.json" 2>"$logs/transcribe.log"
calls_json >"$work/calls.json"
for id in $(python3 -c 'import json, sys; print(" ".join(c["id"] for c in json.load(open(sys.argv[1]))["items"]))' "$work/calls.json"); do
  curl -fs -u "admin:$password" "http://127.0.0.1:$web_port/api/calls/$id" >"$work/call-$id.json"
done
python3 - "$work" "$wav" "$calls" "$badges" "$phones_1" "$here/voiceqa" "$model" <<'PY'
import glob, hashlib, json, re, subprocess, sys, wave
work, wav, expected, badges, phones_1, voiceqa, model = sys.argv[1:]
expected, badges, phones_1 = int(expected), int(badges), int(phones_1)
with wave.open(wav) as w:
    params, sent = w.getparams(), w.readframes(w.getnframes())
seconds = lambda pcm: len(pcm) / (params.framerate * params.sampwidth * params.nchannels)
def words(segments):
    return " ".join(s["text"] for s in segments).split()
def accuracy(ref, hyp):  # 1 - word error rate
    d = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, d[0] = d[0], i
        for j, h in enumerate(hyp, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (r != h))
    return 1 - d[len(hyp)] / max(1, len(ref))
def one_process(path):  # the reference transcript: `./voiceqa transcribe` in one process
    out = subprocess.run([voiceqa, "transcribe", path, "--model", model, "--json"], check=True, capture_output=True)
    return words(json.loads(out.stdout)["segments"])
whole_reference = words(json.load(open(f"{work}/one-process.json"))["segments"])
cut_sent = {m[0]: int(m[1]) for m in re.findall(r"cut: (\S+) \(phone\) after (\d+) of", open(f"{work}/logs/simulate.log").read())}
def where(device):
    i = int(device.split("-")[1])
    return ("badge on gateway 1 (killed), resumed on gateway 2" if i < badges else
            "phone on gateway 1 (killed)" if i < badges + phones_1 else "phone on gateway 2")
complete, duplicated, devices = 0, 0, {}
for f in sorted(glob.glob(f"{work}/call-*.json")):
    call = json.load(open(f))
    device = call["device"]
    devices[device] = devices.get(device, 0) + 1
    keys = [(s["start"], s["text"]) for s in call["segments"]]
    duplicated += len(keys) - len(set(keys))
    recordings = glob.glob(f"{work}/analytics/recordings/{device}/*.wav")
    if len(recordings) != 1:
        print(f"cluster: {device} ({where(device)}): {len(recordings)} recordings stored", file=sys.stderr)
        continue
    with wave.open(recordings[0]) as w:
        stored = w.readframes(w.getnframes())
    if device in cut_sent:  # its gateway died mid-call: Kafka's acknowledged part is the call
        if not (0 < len(stored) <= cut_sent[device] and stored == sent[:len(stored)]):
            print(f"cluster: {device} ({where(device)}, cut after {seconds(sent[:cut_sent[device]]):.1f} s sent): its "
                  f"{seconds(stored):.1f} s recording is not a prefix of what it sent", file=sys.stderr)
            continue
        prefix = f"{work}/prefix-{device}.wav"
        with wave.open(prefix, "wb") as w:
            w.setparams(params)
            w.writeframes(stored)
        reference, what = one_process(prefix), f"cut after {seconds(sent[:cut_sent[device]]):.1f} s sent, " \
            f"{seconds(stored):.1f} s stored (a byte-identical prefix)"
    elif stored != sent:
        print(f"cluster: {device} ({where(device)}): the recording differs from the WAV sent", file=sys.stderr)
        continue
    else:
        reference, what = whole_reference, f"all {seconds(stored):.1f} s stored, SHA-256 as sent"
    score = accuracy(reference, words(call["segments"]))
    print(f"cluster: {device} ({where(device)}): {what}; transcript word accuracy {score:.2f} against one process")
    if score >= 0.8:
        complete += 1
duplicated += sum(n - 1 for n in devices.values())
lost = max(0, expected - complete)
print(f"cluster: {complete}/{expected} calls complete, {lost} lost, {duplicated} duplicated")
sys.exit(0 if complete == expected and duplicated == 0 else 1)
PY
