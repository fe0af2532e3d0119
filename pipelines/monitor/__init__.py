"""Monitoring analysis as pure functions: topic profiles and scoring, fraud types, regions, key
figures, scam indicators and the search tokenizer. `analyse` runs them all on one article."""

from __future__ import annotations

from .analysis import Analysis, analyse
from .profiles import Profile, default_profile, load_profiles

__all__ = ["Analysis", "Profile", "analyse", "default_profile", "load_profiles"]
