"""CPU accounting for the live benchmarks: where the machine's cores go during a run (Linux /proc only).

Samples once a second: the whole machine's busy time (/proc/stat), the server process and each of its threads
grouped by what they do (decoder, GC, JIT, network, ...: from /proc/<pid>/task/*/comm), and the client process
itself. The groups answer "why does the server saturate below the cores it has": decoder threads fewer than the
cores, GC, the client taking the rest, or another process. Averages are given for the whole run and for a window
(when every call is active), because a run's ramp-up and ramp-down dilute the whole-run average."""
import asyncio
import os
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# thread name prefix (as the kernel keeps it: 15 characters) -> group; the first match wins
THREAD_GROUPS = (
    ("asr-worker", "decoder"), ("asr_server", "decoder"),  # VoiceQA's decoder workers; the C++ peer's threads
    ("asr-pool-warme", "warm-up"),
    ("GC Thread", "gc"), ("G1 ", "gc"), ("VM Periodic", "gc"),
    ("C1 CompilerThr", "jit"), ("C2 CompilerThr", "jit"),
    ("multiThreadIo", "network"), ("nioEventLoop", "network"),
    ("voiceqa-", "spool+calls"),
)


def _ticks(stat_text):
    fields = stat_text.rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def process_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        return _ticks(f.read()) / CLOCK_TICKS


def thread_group(name):
    for prefix, group in THREAD_GROUPS:
        if name.startswith(prefix):
            return group
    return "other"


def thread_seconds(pid):
    """CPU seconds per thread group of a process; threads that ended since the last sample are simply missing."""
    groups, threads = {}, {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                group = thread_group(f.read().strip())
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                seconds = _ticks(f.read()) / CLOCK_TICKS
        except OSError:
            continue
        groups[group] = groups.get(group, 0.0) + seconds
        threads[group] = threads.get(group, 0) + 1
    return groups, threads


def machine_busy_seconds():
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return (sum(values[:8]) - idle) / CLOCK_TICKS  # user..steal; guest time is already inside user


class Sample:
    def __init__(self, server_pid):
        self.at = time.monotonic()
        self.machine = machine_busy_seconds()
        self.client = process_seconds("self")
        self.server = process_seconds(server_pid) if server_pid else 0.0
        self.groups, self.threads = thread_seconds(server_pid) if server_pid else ({}, {})


class CpuMonitor:
    """Samples every second until stopped; then cores used between any two moments of the run."""

    def __init__(self, server_pid):
        self.server_pid = server_pid
        self.samples = []

    async def run(self, stop):
        while True:
            try:
                self.samples.append(Sample(self.server_pid))
            except OSError:  # the server exited: what was sampled stays
                return
            if stop.is_set():
                return
            try:
                await asyncio.wait_for(stop.wait(), 1.0)
            except asyncio.TimeoutError:
                pass

    def cores(self, start, end):
        """Cores used per process and per server thread group between the samples nearest to start and end."""
        inside = [s for s in self.samples if start - 0.5 <= s.at <= end + 0.5]
        if len(inside) < 2:
            return None
        a, b = inside[0], inside[-1]
        wall = b.at - a.at
        out = {"seconds": round(wall, 1),
               "machine": (b.machine - a.machine) / wall,
               "client": (b.client - a.client) / wall,
               "server": (b.server - a.server) / wall}
        out["other_processes"] = max(0.0, out["machine"] - out["client"] - out["server"])
        out["server_threads"] = {g: round(max(0.0, b.groups[g] - a.groups.get(g, 0.0)) / wall, 3) for g in b.groups}
        out["server_thread_count"] = b.threads
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in out.items()}


async def decoders_idle(pid, quiet_cores=0.05, quiet_seconds=10, limit_seconds=240):
    """Waits until the server's decoder threads stay below quiet_cores for quiet_seconds (calls that were recorded
    while queued are still decoded after the client is done) or limit_seconds pass; returns the thread groups' CPU
    seconds then and whether it went quiet."""
    last, quiet, waited = thread_seconds(pid)[0], 0, 0
    while waited < limit_seconds:
        await asyncio.sleep(1.0)
        waited += 1
        now = thread_seconds(pid)[0]
        quiet = quiet + 1 if now.get("decoder", 0.0) - last.get("decoder", 0.0) < quiet_cores else 0
        last = now
        if quiet >= quiet_seconds:
            return now, True
    return last, False
