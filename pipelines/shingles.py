"""Pure text fingerprints for story clustering: normalisation, 5-gram shingles, MinHash, LSH bands.

Mirrors of one story differ in script (traditional/Taiwan phrasing), injected pinyin, spacing,
punctuation and full-width forms; all of that is folded away before anything is hashed, so the
fingerprints compare the words of the story and nothing else. No database access here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np

from pipelines.extraction.pinyin import strip_pinyin

SHINGLE = 5  # characters per shingle: long enough that shared topic words ("电信网络诈骗") rarely match alone
PERMUTATIONS = 128
# 42 bands of 3 rows (126 of the 128 values): a pair at Jaccard 0.45 (a copy cut to half, plus an
# ad) shares a band 98% of the time; at 0.1 (same topic, other story) 4%, and verification drops it.
BANDS = 42
ROWS = 3
_SEED = 0x6E6577736D6F6E  # fixed forever: stored signatures and band keys depend on it
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_CHUNK = 4096  # shingles per block when taking minima (bounds memory for huge texts)


@lru_cache(maxsize=2)
def _opencc(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


_DROP = re.compile(r"[\W_]+")  # everything but letters and digits (any script)


def normalise(text: str) -> str:
    """NFKC, pinyin removed, OpenCC tw2sp (script and Taiwan phrasing), only letters/digits, lower case.

    tw2sp is applied to every text, simplified or not, so both sides of a comparison go through
    the same conversion (it is close to identity on simplified text).
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text, _ = strip_pinyin(text)
    try:
        text = _opencc("tw2sp").convert(text)
    except Exception:  # noqa: BLE001 - conversion is best effort; the text still gets folded
        pass
    return _DROP.sub("", text.lower())


def paragraphs(text: str) -> list[str]:
    """Normalised non-empty paragraphs (one per input line), in order."""
    out = []
    for line in (text or "").splitlines():
        norm = normalise(line)
        if norm:
            out.append(norm)
    return out


def text_hash(normalised: str) -> str:
    """SHA-256 of the normalised text: equal for every plain re-rendering of one body."""
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def key64(data: str | bytes) -> int:
    """A signed 64-bit key (PostgreSQL bigint) for a string: paragraph hashes, lock keys."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "big", signed=True)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads structured input over all 64 bits (uint64 wrap-around intended)."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def shingle_hashes(normalised: str, k: int = SHINGLE) -> np.ndarray:
    """Distinct 64-bit hashes of the character k-grams (a text shorter than k is one shingle)."""
    if not normalised:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(normalised.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < k:
        k = len(codes)
    n = len(codes) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = _mix(h ^ (codes[j:j + n] + np.uint64(j + 1) * np.uint64(0x9E3779B97F4A7C15)))
    return np.unique(h)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)  # odd
    b = rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
    return a.reshape(-1, 1), b.reshape(-1, 1)


def minhash(hashes: np.ndarray) -> np.ndarray:
    """128 minima of multiply-shift hashes (high 32 bits of a*x+b mod 2^64) over the shingle set."""
    a, b = _permutations()
    sig = np.full(PERMUTATIONS, 0xFFFFFFFF, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(hashes), _CHUNK):
            block = hashes[start:start + _CHUNK].reshape(1, -1)
            values = (a * block + b) >> np.uint64(32)
            sig = np.minimum(sig, values.min(axis=1))
    return sig.astype(np.uint32)


def band_keys(signature: np.ndarray, bands: int = BANDS, rows: int = ROWS) -> list[int]:
    """One signed 64-bit key per band (band index mixed in, so equal rows in different bands differ)."""
    sig = signature[: bands * rows].astype(np.uint64).reshape(bands, rows)
    h = np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)
    for j in range(rows):
        h = _mix(h ^ sig[:, j])
    return sorted(int(x) for x in h.view(np.int64))


def signature_bytes(signature: np.ndarray) -> bytes:
    return signature.astype("<u4").tobytes()


def signature_from_bytes(blob: bytes | memoryview) -> np.ndarray:
    return np.frombuffer(bytes(blob), dtype="<u4").astype(np.uint32)


def estimate_jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Share of equal MinHash positions: an unbiased estimate of the shingle-set Jaccard."""
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)


def containment(jaccard: float, size_a: int, size_b: int) -> float:
    """|A∩B| / min(|A|,|B|) derived from Jaccard and set sizes: high when one text is cut from the other."""
    small = min(size_a, size_b)
    if small <= 0:
        return 0.0
    inter = jaccard / (1.0 + jaccard) * (size_a + size_b)
    return min(1.0, inter / small)


def exact_similarity(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Exact (Jaccard, containment) of two shingle-hash sets; for tests and the benchmark."""
    if not len(a) or not len(b):
        return 0.0, 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter), inter / min(len(a), len(b))



def simhash(hashes: np.ndarray) -> int:
    """64-bit SimHash of a shingle set (benchmark baseline only)."""
    if not len(hashes):
        return 0
    bits = ((hashes.reshape(-1, 1) >> np.arange(64, dtype=np.uint64)) & np.uint64(1)).astype(np.int32)
    votes = bits.sum(axis=0) * 2 - len(hashes)
    return int(sum(1 << i for i in range(64) if votes[i] > 0))
