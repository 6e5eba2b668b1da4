#!/usr/bin/env python3
"""Side-by-side table of live_lag.py's JSON lines (one per server and call count), as BENCHMARKS.md quotes them:
reads the lines on stdin, prints the lag table and the CPU accounting table in the order they came."""
import json
import sys


def cell(value, fmt):
    return "-" if value is None else format(value, fmt)


def main():
    rows = [json.loads(line) for line in sys.stdin if line.strip().startswith("{")]
    print("| server | calls | start spread (s) | lag p50 / p95 (s) | eof answer p50 / max (s) | CPU (cores) "
          "| core-s per audio-s | decoders' core-s per audio-s, all audio | peak RSS (MB) | queued | promoted (lag p50 / p95 s) | failed |")
    print("|---|---:|---:|---|---|---:|---:|---:|---:|---:|---|---:|")
    for r in rows:
        print(f"| {r['label']} | {r['calls']} | {r['spread']:g} "
              f"| {cell(r['lag_p50'], '.2f')} / {cell(r['lag_p95'], '.2f')} "
              f"| {cell(r['eof_answer_p50'], '.2f')} / {cell(r['eof_answer_max'], '.2f')} "
              f"| {cell(r.get('server_cpu_cores'), '.2f')} | {cell(r.get('server_cpu_per_audio_s'), '.4f')} "
              f"| {cell(r.get('decoder_cpu_per_audio_s'), '.4f')} "
              f"| {cell(r.get('server_peak_rss_mb'), '.0f')} | {r['queued_calls']} "
              f"| {r.get('promoted_calls', '-')} ({cell(r.get('promoted_lag_p50'), '.2f')} / "
              f"{cell(r.get('promoted_lag_p95'), '.2f')}) | {len(r['failed_calls'])} |")
    print()
    print("Where the cores went (cpu_account.py), whole run / while all calls were active:")
    print("| server | calls | machine busy | server | decoder threads (count) | GC | JIT | network | other server "
          "threads | client | other processes |")
    print("|---|---:|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        runs = [r.get("cores_whole_run"), r.get("cores_all_active")]
        both = lambda f: " / ".join(cell(f(c), ".2f") if c else "-" for c in runs)
        group = lambda g: both(lambda c: c["server_threads"].get(g, 0.0))
        known = ("decoder", "gc", "jit", "network")
        rest = both(lambda c: sum(v for g, v in c["server_threads"].items() if g not in known))
        count = (runs[0] or {}).get("server_thread_count", {}).get("decoder", "-")
        print(f"| {r['label']} | {r['calls']} | {both(lambda c: c['machine'])} | {both(lambda c: c['server'])} "
              f"| {group('decoder')} ({count}) | {group('gc')} | {group('jit')} | {group('network')} | {rest} "
              f"| {both(lambda c: c['client'])} | {both(lambda c: c['other_processes'])} |")
    print(f"load average at the end of the last run: {' '.join(rows[-1]['load_average'])}" if rows else "no runs")


if __name__ == "__main__":
    main()
