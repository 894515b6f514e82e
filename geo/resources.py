"""What this process has used: its peak resident memory."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

_STATUS = Path("/proc/self/status")


def peak_memory_mb() -> float:
    """This process's peak resident memory, in MB.

    On Linux, the high-water mark of the process's own memory (``VmHWM``): ``ru_maxrss``
    carries over the parent's resident memory across ``fork`` and ``exec``, so a worker
    started by a big process would report the parent's size. Elsewhere, ``ru_maxrss``."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass  # no /proc: not Linux
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
