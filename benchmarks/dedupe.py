"""Story-clustering benchmark: clustering quality on a syndicated corpus, and store/lookup latency.

    .venv/bin/python -m benchmarks.dedupe [--quick] [--server URL]

Quality: a generated corpus of Chinese anti-fraud stories, their mirror copies (traditional
script, pinyin, truncation, ads, reordering, re-edits, content-farm combinations) and same-topic
different stories is stored through the real code path (upsert + cluster assignment, one
transaction per article) in a dedicated database; pairwise precision/recall/F1 against the truth,
next to two baselines computed in the same run: exact normalised-text hash, and 64-bit SimHash
(Hamming ≤ 3) over the same shingles.

Latency: with N articles already stored (bulk-generated server-side: rows, signatures and 42 LSH
band keys each), corpus articles are stored one per transaction; reported are the LSH probe
(lookup) p50/p99, the whole store (upsert + lock + lookup + insert + cluster refresh + commit)
p50/p99 and throughput, as ratios to a plain upsert without clustering measured in the same run.
N = 10k, 100k and 1M (42M band rows; the whole run takes ~1.5 min on 2 cores); --quick: 10k only.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence

import psycopg

from benchmarks.dedupe_corpus import Doc, corpus
from pipelines import dedupe, shingles
from pipelines.normalise import content_hash
from pipelines.store import articles, clusters, open_db

SERVER = os.environ.get("NEWSMON_TEST_SERVER", "postgresql://postgres@127.0.0.1:5432/postgres")


# ---- quality ---------------------------------------------------------------------------------------

def pairwise(truth: Sequence[str], predicted: Sequence[object]) -> tuple[float, float, float]:
    """Pairwise precision/recall/F1: a pair is positive when both docs are in one cluster."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(truth)), 2):
        same_t, same_p = truth[i] == truth[j], predicted[i] == predicted[j]
        tp += same_t and same_p
        fp += same_p and not same_t
        fn += same_t and not same_p
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _union_find(n: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    return [find(i) for i in range(n)]


def baseline_exact(docs: Sequence[Doc]) -> list[str]:
    return [dedupe.fingerprint(d.text).text_hash for d in docs]


def baseline_simhash(docs: Sequence[Doc], k: int = 3) -> list[int]:
    hashes = [shingles.simhash(shingles.shingle_hashes(shingles.normalise(d.text))) for d in docs]
    pairs = [(i, j) for i, j in itertools.combinations(range(len(docs)), 2)
             if bin(hashes[i] ^ hashes[j]).count("1") <= k]
    return _union_find(len(docs), pairs)


def row_for(doc: Doc, url: str) -> dict:
    return {"url": url, "canonical_url": url, "source": "bench", "site": doc.site, "title": doc.title,
            "text": doc.text, "text_simplified": None, "outlet": doc.outlet, "published_at": None,
            "fetched_at": "now", "content_hash": content_hash(doc.title, doc.text)}


def store_clustered(conn: psycopg.Connection, doc: Doc, url: str) -> clusters.Assignment:
    row = row_for(doc, url)
    with conn.transaction():
        article_id, outcome = articles.upsert_article(conn, row)
        return clusters.assign_articles(conn, [(article_id, outcome, row)])[0]


def store_plain(conn: psycopg.Connection, doc: Doc, url: str) -> None:
    with conn.transaction():
        articles.upsert_article(conn, row_for(doc, url))


def quality(url: str, docs: Sequence[Doc]) -> list[tuple[str, float, float, float]]:
    conn = open_db(url)
    conn.commit()
    try:
        placed = [store_clustered(conn, d, f"http://{d.site}/{i}.html").cluster_id for i, d in enumerate(docs)]
    finally:
        conn.close()
    truth = [d.story for d in docs]
    per_kind: dict[str, list[bool]] = defaultdict(list)
    orig = {d.story: placed[i] for i, d in enumerate(docs) if d.kind == "original"}
    for i, d in enumerate(docs):
        if d.kind != "original":
            per_kind[d.kind].append(placed[i] == orig[d.story])
    print("copies placed with their original: " + ", ".join(
        f"{k} {sum(v)}/{len(v)}" for k, v in sorted(per_kind.items())))
    return [
        ("exact hash only", *pairwise(truth, baseline_exact(docs))),
        ("SimHash 64 k<=3", *pairwise(truth, baseline_simhash(docs))),
        ("newsmon (MinHash LSH + PG)", *pairwise(truth, placed)),
    ]


# ---- latency ---------------------------------------------------------------------------------------

def bulk_fill(conn: psycopg.Connection, n: int) -> float:
    """N stored articles with signatures, band keys and clusters, generated server-side."""
    t0 = time.perf_counter()
    conn.execute("DROP INDEX lsh_band_key")
    conn.execute(
        """INSERT INTO articles (url, canonical_url, source, site, text, fetched_at, content_hash, text_hash,
                                 minhash, shingle_count, cluster_id)
           SELECT 'http://bulk.example/' || g, 'http://bulk.example/' || g, 'bulk', 'bulk.example', 'x', now(),
                  md5(g::text), md5(g::text), decode(repeat(md5(g::text), 32), 'hex'), 500, g
           FROM generate_series(1, %s) g""", (n,))
    conn.execute("INSERT INTO clusters (id, member_count, site_count) SELECT g, 1, 1 FROM generate_series(1, %s) g",
                 (n,))
    conn.execute("SELECT setval('clusters_id_seq', %s)", (n,))
    conn.execute(
        f"""INSERT INTO lsh_band (key, article_id)
           SELECT (random() * 18446744073709551615.0 - 9223372036854775808.0)::bigint, g
           FROM generate_series(1, %s) g, generate_series(1, {shingles.BANDS}) b""", (n,))
    conn.execute("CREATE INDEX lsh_band_key ON lsh_band (key) INCLUDE (article_id)")
    conn.commit()
    conn.execute("VACUUM ANALYZE articles")
    conn.execute("VACUUM ANALYZE lsh_band")
    conn.execute("VACUUM ANALYZE clusters")
    return time.perf_counter() - t0


def _pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def latency(url: str, n: int, docs: Sequence[Doc]) -> dict[str, float]:
    conn = open_db(url)
    conn.commit()
    conn.autocommit = True
    fill = bulk_fill(conn, n)
    conn.autocommit = False
    fps = [dedupe.fingerprint(d.text) for d in docs]
    probe, exact_probe, store, plain = [], [], [], []
    for i, (d, fp) in enumerate(zip(docs, fps, strict=True)):
        exact_probe.append(_timed(lambda fp=fp: conn.execute(
            "SELECT id, cluster_id FROM articles WHERE text_hash = %s LIMIT 1", (fp.text_hash,)).fetchall()))
        probe.append(_timed(lambda fp=fp: clusters.candidates(conn, fp.band_keys, -1)))
        conn.commit()
        plain.append(_timed(lambda d=d, i=i: store_plain(conn, d, f"http://plain.example/{n}/{i}.html")))
        conn.commit()
        store.append(_timed(lambda d=d, i=i: (store_clustered(conn, d, f"http://{d.site}/{n}/{i}.html"),
                                              conn.commit())))
    conn.close()
    return {
        "fill_s": fill, "probe_p50": _pct(probe, 0.5), "probe_p99": _pct(probe, 0.99),
        "exact_p50": _pct(exact_probe, 0.5), "exact_p99": _pct(exact_probe, 0.99),
        "store_p50": _pct(store, 0.5), "store_p99": _pct(store, 0.99),
        "plain_p50": _pct(plain, 0.5), "plain_p99": _pct(plain, 0.99),
        "store_rate": 1000 * len(store) / sum(store), "plain_rate": 1000 * len(plain) / sum(plain),
    }


class Database:
    """A dedicated database on the server, dropped afterwards."""

    def __init__(self, server: str, tag: str) -> None:
        self.server = server
        self.name = f"newsmon_bench_dedupe_{tag}_{os.getpid()}"
        self.url = server.rsplit("/", 1)[0] + "/" + self.name

    def __enter__(self) -> str:
        with psycopg.connect(self.server, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            c.execute(f'CREATE DATABASE "{self.name}"')
        return self.url

    def __exit__(self, *exc: object) -> None:
        with psycopg.connect(self.server, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small corpus, 10k level only")
    ap.add_argument("--server", default=SERVER)
    args = ap.parse_args(argv)

    docs = corpus(stories=20, copies=6, seed=7) if args.quick else corpus(stories=60, copies=7, seed=7)
    originals = sum(d.kind == "original" for d in docs)
    print(f"corpus: {len(docs)} documents, {originals} stories "
          f"({sum('n' in d.story for d in docs if d.kind == 'original')} same-topic negatives)")
    t0 = time.perf_counter()
    with Database(args.server, "quality") as url:
        rows = quality(url, docs)
    print(f"\nclustering quality (pairwise, {time.perf_counter() - t0:.1f} s)")
    print(f"{'method':<28} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name, p, r, f in rows:
        print(f"{name:<28} {p:9.3f} {r:7.3f} {f:6.3f}")

    levels = [10_000] if args.quick else [10_000, 100_000, 1_000_000]
    sample = docs[:150] if args.quick else docs[:300]
    print(f"\nstore + lookup latency, {len(sample)} articles stored one per transaction (ms; ratio = /plain)")
    print(f"{'stored':>9} {'fill s':>7} {'LSH probe p50/p99':>18} {'exact probe p50/p99':>20} "
          f"{'store p50/p99':>15} {'plain p50/p99':>15} {'art/s':>6} {'plain':>6} {'store ratio p50':>15}")
    for n in levels:
        with Database(args.server, f"lat{n}") as url:
            m = latency(url, n, sample)
        print(f"{n:>9,} {m['fill_s']:7.1f} {m['probe_p50']:8.2f}/{m['probe_p99']:<8.2f} "
              f"{m['exact_p50']:10.2f}/{m['exact_p99']:<8.2f} {m['store_p50']:7.2f}/{m['store_p99']:<7.2f} "
              f"{m['plain_p50']:7.2f}/{m['plain_p99']:<7.2f} {m['store_rate']:6.0f} {m['plain_rate']:6.0f} "
              f"{m['store_p50'] / m['plain_p50']:14.1f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
