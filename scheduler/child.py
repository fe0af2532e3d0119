"""Ties a crawl process to the service that started it, so a killed service leaves no orphan crawl.

An orphan would keep writing, hold nothing the new service knows about and finish a run the
restart has already marked `interrupted`. Linux delivers SIGKILL on parent death (prctl); a
watchdog thread covers other systems and the short window before prctl takes effect.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1


def bind_to_parent(parent_pid: int, poll_seconds: float = 1.0) -> None:
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except OSError:
            pass
    if os.getppid() != parent_pid:  # the parent died before prctl: do not run at all
        os._exit(70)

    def watch() -> None:
        while True:
            time.sleep(poll_seconds)
            if os.getppid() != parent_pid:
                os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()
