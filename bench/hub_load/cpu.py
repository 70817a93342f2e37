"""CPU seconds used by a process and all its descendants, the ones that already ended included
(the kernel adds a waited-for child's time to its parent's), to compare the CPU per revision of
runs on a shared, noisy machine rather than their wall-clock figures only."""

from __future__ import annotations

import resource
from pathlib import Path

import psutil


def tree_cpu_s(pid: int) -> float:
    """User + system seconds of `pid` and its descendants so far (0 when it is gone)."""
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:  # ended meanwhile: its parent now holds its time, read or not
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


def child_pid(pid: int, marker: str) -> int | None:
    """The first descendant of `pid` whose command line holds `marker` (the citizens' process)."""
    try:
        for process in psutil.Process(pid).children(recursive=True):
            if marker in process.cmdline():
                return process.pid
    except psutil.NoSuchProcess:
        pass
    return None


def postmaster_pid(data_folder: Path) -> int | None:
    """The PostgreSQL server's main process (its backends are its children)."""
    try:
        return int((data_folder / "postmaster.pid").read_text(encoding="ascii").split("\n", 1)[0])
    except (OSError, ValueError):
        return None


def waited_children_cpu_s() -> float:
    """CPU of this process's children that ended and were waited for (subprocess.run's)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
