#!/usr/bin/env python3
"""Side-by-side table of live_lag.py's JSON lines (one per server and call count), as BENCHMARKS.md quotes them:
reads the lines on stdin, prints a Markdown table in the order they came."""
import json
import sys


def cell(value, fmt):
    return "-" if value is None else format(value, fmt)


def main():
    rows = [json.loads(line) for line in sys.stdin if line.strip().startswith("{")]
    print("| server | calls | start spread (s) | lag p50 / p95 (s) | eof answer p50 / max (s) | CPU (cores) "
          "| core-s per audio-s | peak RSS (MB) | queued | failed |")
    print("|---|---:|---:|---|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['label']} | {r['calls']} | {r['spread']:g} "
              f"| {cell(r['lag_p50'], '.2f')} / {cell(r['lag_p95'], '.2f')} "
              f"| {cell(r['eof_answer_p50'], '.2f')} / {cell(r['eof_answer_max'], '.2f')} "
              f"| {cell(r.get('server_cpu_cores'), '.2f')} | {cell(r.get('server_cpu_per_audio_s'), '.4f')} "
              f"| {cell(r.get('server_peak_rss_mb'), '.0f')} | {r['queued_calls']} | {len(r['failed_calls'])} |")
    print(f"load average at the end of the last run: {' '.join(rows[-1]['load_average'])}" if rows else "no runs")


if __name__ == "__main__":
    main()
