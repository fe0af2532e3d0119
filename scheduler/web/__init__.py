"""The analysts' web dashboard served by `newsmon serve` at / (see routes.py, auth.py, views.py)."""

from __future__ import annotations

from .routes import mount

__all__ = ["mount"]
