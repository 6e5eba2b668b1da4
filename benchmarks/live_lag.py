#!/usr/bin/env python3
"""Decode-lag benchmark client for a vosk-server style WebSocket (VoiceQA's gateway or any vosk server).

N calls stream real speech in 0.2 s chunks paced in real time (each call starts `spread` seconds after the previous
one). Decode lag of a word = time from the chunk holding the word's end being sent to the final result holding the
word arriving (word end times come from the result's "result" array), over the calls live from their start. Also:
the answer time after eof, calls with replies flagged "queued" and those of them promoted to live (a partial without
"queued" later; their words' lag is reported on its own: the words recorded while queued wait for the promotion), and, when the server's pid is given, its CPU (from /proc/<pid>/stat) and peak RSS, and
where every core went (cpu_account.py: the server by thread group, this client, other processes), over the whole run
and over the window when all calls are active.

Speaks to VoiceQA's gateway as to any Vosk client (a config message first, then audio, then {"eof" : 1});
--no-config leaves the config message out for vosk-server's C++ server, which reads none (it would decode the text as
audio and answer it) and takes its rate from VOSK_SAMPLE_RATE.

Runs in its own process on loopback; bounded: every call ends after --seconds of audio, the run after a timeout.
Prints one JSON object (and a human summary on stderr)."""
import argparse
import asyncio
import json
import math
import sys
import time
import wave

import websockets

from cpu_account import CpuMonitor, decoders_idle, process_seconds, thread_seconds

CHUNK_SECONDS = 0.2


def load_pcm(path):
    with wave.open(path, "rb") as wf:
        if wf.getnchannels() != 1 or wf.getsampwidth() != 2:
            sys.exit(f"{path}: give a mono 16-bit WAV")
        return wf.getframerate(), wf.readframes(wf.getnframes())


def looped(pcm, start, length):
    out = bytearray()
    at = start % len(pcm)
    while len(out) < length:
        piece = pcm[at:at + length - len(out)]
        out += piece
        at = 0
    return bytes(out)


class Call:
    def __init__(self, index):
        self.index = index
        self.sent_at = []       # monotonic time each chunk finished sending
        self.lags = []          # decode lag of every word, seconds
        self.queued = 0         # replies flagged "queued"
        self.promoted = False   # a partial without "queued" came after queued replies: the call went live
        self.replies = 0
        self.eof_answer = None  # seconds from eof sent to the final answer
        self.error = None
        self.words = 0


def word_lags(call, message, arrived):
    for w in message.get("result", []):
        end = float(w["end"])
        k = min(len(call.sent_at) - 1, max(0, math.ceil(end / CHUNK_SECONDS - 1e-6) - 1))
        if k >= 0:
            call.lags.append(arrived - call.sent_at[k])
            call.words += 1


async def run_call(call, url, rate, pcm, seconds, start_at, phase_bytes, send_config):
    chunk_bytes = int(rate * CHUNK_SECONDS) * 2
    chunks = int(round(seconds / CHUNK_SECONDS))
    await asyncio.sleep(max(0.0, start_at - time.monotonic()))
    try:
        async with websockets.connect(url, max_size=2 ** 20) as ws:
            if send_config:
                await ws.send(json.dumps({"config": {"sample_rate": rate, "words": True}}))
            expected = chunks + 1
            eof_sent = asyncio.get_running_loop().create_future()

            async def receive():
                for n in range(1, expected + 1):  # one reply per chunk, then the answer to eof
                    text = await ws.recv()
                    arrived = time.monotonic()
                    message = json.loads(text)
                    call.replies += 1
                    if message.get("queued"):
                        call.queued += 1
                    elif call.queued and "partial" in message:
                        call.promoted = True
                    if "result" in message:
                        word_lags(call, message, arrived)
                    if n == expected:
                        call.eof_answer = arrived - await eof_sent

            receiver = asyncio.create_task(receive())
            t0 = time.monotonic()
            for i in range(chunks):
                await asyncio.sleep(max(0.0, t0 + i * CHUNK_SECONDS - time.monotonic()))
                await ws.send(looped(pcm, phase_bytes + i * chunk_bytes, chunk_bytes))
                call.sent_at.append(time.monotonic())
            await ws.send('{"eof" : 1}')
            eof_sent.set_result(time.monotonic())
            await asyncio.wait_for(receiver, timeout=seconds + 60)
    except Exception as e:  # a failed call is reported, the others go on
        call.error = repr(e)


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def sample_rss(pid, peak, stop):
    while not stop.is_set():
        peak[0] = max(peak[0], rss_mb(pid))
        try:
            await asyncio.wait_for(stop.wait(), 0.5)
        except asyncio.TimeoutError:
            pass


def percentile(values, p):
    if not values:
        return None
    s = sorted(values)
    return s[min(len(s) - 1, int(p * len(s)))]


async def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", required=True)
    ap.add_argument("--audio", required=True, help="mono 16-bit WAV of real speech, looped")
    ap.add_argument("--calls", type=int, default=4)
    ap.add_argument("--spread", type=float, default=1.0, help="seconds between call starts")
    ap.add_argument("--seconds", type=float, default=60, help="audio per call")
    ap.add_argument("--server-pid", type=int)
    ap.add_argument("--label", default="")
    ap.add_argument("--no-config", action="store_true", help="send no config message (vosk-server's C++ server)")
    a = ap.parse_args()
    rate, pcm = load_pcm(a.audio)
    chunk_bytes = int(rate * CHUNK_SECONDS) * 2
    calls = [Call(i) for i in range(a.calls)]
    start = time.monotonic() + 0.5
    cpu0 = process_seconds(a.server_pid) if a.server_pid else None
    groups0 = thread_seconds(a.server_pid)[0] if a.server_pid else None
    peak, stop = [0.0], asyncio.Event()
    sampler = asyncio.create_task(sample_rss(a.server_pid, peak, stop)) if a.server_pid else None
    monitor = CpuMonitor(a.server_pid)
    accounting = asyncio.create_task(monitor.run(stop))
    wall0 = time.monotonic()
    await asyncio.wait_for(asyncio.gather(*[
        run_call(c, a.url, rate, pcm, a.seconds, start + c.index * a.spread, (c.index * 37 % 40) * chunk_bytes,
                 not a.no_config)
        for c in calls]), timeout=a.seconds + a.calls * a.spread + 180)
    wall = time.monotonic() - wall0
    end = time.monotonic()
    stop.set()
    await accounting
    if sampler:
        await sampler
    # the lag of calls live from their start; a promoted call's words recorded while it was queued wait for the
    # promotion, which is admission at work, not decoding lag: they are reported on their own
    lags = [x for c in calls if not c.queued for x in c.lags]
    promoted_lags = [x for c in calls if c.queued for x in c.lags]
    eofs = [c.eof_answer for c in calls if c.eof_answer is not None]
    out = {
        "label": a.label, "calls": a.calls, "spread": a.spread, "seconds": a.seconds,
        "load_average": open("/proc/loadavg").read().split()[:3],
        "words": len(lags), "lag_p50": percentile(lags, 0.5), "lag_p95": percentile(lags, 0.95),
        "lag_max": max(lags) if lags else None,
        "eof_answer_p50": percentile(eofs, 0.5), "eof_answer_max": max(eofs) if eofs else None,
        "queued_calls": sum(1 for c in calls if c.queued), "failed_calls": [c.error for c in calls if c.error],
        "promoted_calls": sum(1 for c in calls if c.promoted), "promoted_words": len(promoted_lags),
        "promoted_lag_p50": percentile(promoted_lags, 0.5), "promoted_lag_p95": percentile(promoted_lags, 0.95),
    }
    if a.server_pid:
        cpu = process_seconds(a.server_pid) - cpu0
        out.update(server_cpu_cores=cpu / wall, server_cpu_per_audio_s=cpu / (a.calls * a.seconds),
                   server_peak_rss_mb=peak[0])
        # every second of audio costs decoder time whether it was decoded live, after a promotion or after the call
        # (calls that ended queued): wait for the decoders to finish, so the cost per audio-second does not depend on
        # how many calls were queued; the pool warmer is a start-up cost, reported apart
        groups, quiet = await decoders_idle(a.server_pid)
        out.update(decoder_cpu_per_audio_s=(groups.get("decoder", 0.0) - groups0.get("decoder", 0.0))
                   / (a.calls * a.seconds), decoders_went_quiet=quiet)
    all_active = (start + (a.calls - 1) * a.spread, start + a.seconds)  # the last call started, the first not done
    out["cores_whole_run"] = monitor.cores(wall0, end)
    out["cores_all_active"] = monitor.cores(*all_active) if all_active[1] - all_active[0] >= 5 else None
    whole = out["cores_whole_run"] or {}
    out["warm_up_cpu_s"] = whole.get("server_threads", {}).get("warm-up", 0.0) * whole.get("seconds", 0.0)
    print(json.dumps(out), flush=True)
    fmt = lambda v: "-" if v is None else f"{v:.2f}"
    print(f"{a.label} {a.calls} calls {a.spread} s apart: lag p50 {fmt(out['lag_p50'])} s, p95 {fmt(out['lag_p95'])} s,"
          f" max {fmt(out['lag_max'])} s ({len(lags)} words); eof answer p50 {fmt(out['eof_answer_p50'])} s,"
          f" max {fmt(out['eof_answer_max'])} s; queued {out['queued_calls']} (promoted to live"
          f" {out['promoted_calls']}: {len(promoted_lags)} words, lag p50 {fmt(out['promoted_lag_p50'])} s,"
          f" p95 {fmt(out['promoted_lag_p95'])} s), failed {len(out['failed_calls'])}"
          + (f"; server CPU {out['server_cpu_cores']:.2f} cores, {out['server_cpu_per_audio_s']:.4f} core-s per"
             f" audio-s, peak RSS {out['server_peak_rss_mb']:.0f} MB; decoder threads until they went quiet"
             f" {out['decoder_cpu_per_audio_s']:.4f} core-s per audio-s (all audio, queued calls too"
             f"{'' if out['decoders_went_quiet'] else ', NOT quiet after 240 s'}), of the server's CPU the pool"
             f" warmer's {out['warm_up_cpu_s']:.1f} CPU-s" if a.server_pid else "")
          + f"; load {' '.join(out['load_average'])}", file=sys.stderr)
    for name in ("cores_whole_run", "cores_all_active"):
        if out[name]:
            print(f"  {name}: {json.dumps(out[name])}", file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(main())
