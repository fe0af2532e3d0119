"""Story identity of an article body: exact hash, MinHash signature, LSH band keys, match policy.

Pure functions; `pipelines.store.clusters` persists the results and runs the lookups. The
policy: same normalised body (SHA-256) is an exact copy; otherwise LSH candidates are verified
with Jaccard ≥ 0.5 (re-edited copies) or containment ≥ 0.8 (truncated copies, copies with an
extra ad paragraph). Paragraphs learned to be boilerplate (they recur across many different
stories, e.g. a standard police warning) are left out of the signature so that two different
stories carrying the same warning do not look alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from pipelines import shingles

JACCARD_MIN = 0.5
CONTAINMENT_MIN = 0.8
MIN_CHARS = 40  # shorter bodies (error pages, captions) are never clustered with anything
MIN_CONTAINED_SHINGLES = 60  # containment only counts when the smaller text is a real excerpt
BOILERPLATE_MIN_CLUSTERS = 3  # a paragraph seen in this many different stories is boilerplate
PARAGRAPH_MIN_CHARS = 12  # shorter lines are too generic to learn as boilerplate


# Lines no story is made of: site footers, copyright/ICP lines, tag and navigation lists, marked
# ads, farm spam titles (keyword_keyword_keyword). Static and therefore safe in the exact hash too;
# everything site-specific beyond this is learned (boilerplate_paragraphs).
JUNK_LINE = re.compile(
    r"(?i)copyright|版[权權]所有|icp[备備證证]|免[责責][声聲]明|[联聯][系繫]我[们們]|[关關][于於]我[们們]|"
    r"^\W*[【\[](?:广告|廣告|推广|推廣|赞助|贊助)[】\]]|[广廣]告服[务務]|^\W*tags?\s*[:：]|^\W*作者\s*[:：].{0,12}[来來]源|"
    r"^\W*[相][关關]文章|[栏欄]目[导導][航]|本[类類][热熱]门|客服\s*qq|^[^，。,.！？!?]{0,80}(?:_[^_，。]{1,20}){2,}$"
)


def story_lines(text: str) -> list[str]:
    """The body's lines minus the universal junk (footers, marked ads, tag lists)."""
    return [ln for ln in (text or "").splitlines() if ln.strip() and not JUNK_LINE.search(ln.strip())]


@dataclass
class Fingerprint:
    """What clustering needs to know about one body."""

    text_hash: str
    signature: np.ndarray
    band_keys: list[int]
    shingle_count: int
    paragraph_keys: list[int] = field(default_factory=list)
    chars: int = 0

    @property
    def clusterable(self) -> bool:
        return self.chars >= MIN_CHARS

    @property
    def lock_keys(self) -> list[int]:
        """Advisory-lock keys: every band key plus the exact hash, so racing copies serialise."""
        return sorted({*self.band_keys, shingles.key64(self.text_hash)})


def paragraph_keys(paras: Sequence[str]) -> list[int]:
    """Keys of the normalised paragraphs long enough to be learned as boilerplate."""
    return sorted({shingles.key64(p) for p in paras if len(p) >= PARAGRAPH_MIN_CHARS})


def fingerprint(text: str, boilerplate: Iterable[int] = ()) -> Fingerprint:
    """Fingerprint a body; paragraphs whose keys are in `boilerplate` are left out of the signature.

    The exact hash always covers the whole normalised body (it must not change when the learned
    boilerplate set grows); if every paragraph is boilerplate the whole body is used.
    """
    paras = shingles.paragraphs("\n".join(story_lines(text)))
    whole = "".join(paras)
    skip = set(boilerplate)
    body = "".join(p for p in paras if shingles.key64(p) not in skip) if skip else whole
    if len(body) < MIN_CHARS:
        body = whole
    hashes = shingles.shingle_hashes(body)
    sig = shingles.minhash(hashes)
    return Fingerprint(
        text_hash=shingles.text_hash(whole),
        signature=sig,
        band_keys=shingles.band_keys(sig) if len(body) >= MIN_CHARS else [],
        shingle_count=len(hashes),
        paragraph_keys=paragraph_keys(paras),
        chars=len(body),
    )


@dataclass(frozen=True)
class Similarity:
    jaccard: float
    containment: float

    @property
    def score(self) -> float:
        return max(self.jaccard, self.containment)


def similarity(a_sig: np.ndarray, a_size: int, b_sig: np.ndarray, b_size: int) -> Similarity:
    j = shingles.estimate_jaccard(a_sig, b_sig)
    return Similarity(j, shingles.containment(j, a_size, b_size))


def is_same_story(sim: Similarity, a_size: int, b_size: int) -> bool:
    """The verification rule applied to every LSH candidate."""
    if sim.jaccard >= JACCARD_MIN:
        return True
    return sim.containment >= CONTAINMENT_MIN and min(a_size, b_size) >= MIN_CONTAINED_SHINGLES
