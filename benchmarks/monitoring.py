"""Monitoring benchmark: relevance, fraud types and regions on labelled articles, search latency.

    .venv/bin/python -m benchmarks.monitoring            # 100k synthetic articles for search
    .venv/bin/python -m benchmarks.monitoring --quick    # 10k

Accuracy uses benchmarks/data/monitoring_labelled.json (the development set the vocabulary was
written against) and monitoring_heldout.json (written after the profile was frozen, never used
for tuning). The profile is compared with a naive keyword baseline (any of 诈骗/骗/反诈/电诈/
scam/fraud). Search latency is measured end to end through `search_articles` (ranking, cluster
grouping, snippets) in a dedicated database created on NEWSMON_TEST_SERVER (default
postgresql://postgres@127.0.0.1:5432/postgres), filled with COPY, and dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from pipelines.monitor import analyse
from pipelines.monitor.regions import gazetteer
from pipelines.monitor.text import sentences, simplify
from pipelines.monitor.tokenize import tsvector_literal

DATA = Path(__file__).parent / "data"
SERVER = os.environ.get("NEWSMON_TEST_SERVER", "postgresql://postgres@127.0.0.1:5432/postgres")
BASELINE_WORDS = ("诈骗", "骗", "反诈", "电诈", "scam", "fraud")
QUERIES = [
    ("诈骗", {}), ("电信网络诈骗", {}), ("刷单返利", {}), ("冒充公检法", {}), ("杀猪盘", {}), ("國家反詐中心", {}),
    ("帮信罪", {}), ("scam", {}), ("pig butchering", {}), ("96110", {}), ("断卡 行动", {}), ("虚假投资平台", {}),
    ("妙瓦底", {}), ("修复征信", {}), ("安全账户", {}), ("騙徒", {}), ("电信诈骗 银行卡", {}), ("骗", {}),
    ("诈骗", {"region": "广东"}), ("诈骗", {"fraud_type": "刷单返利"}), ("诈骗", {"relevant": True}),
    ("警方", {"since": "30d"}), ("刷单", {"region": "杭州", "relevant": True}), ("romance scam", {"fraud_type": "romance"}),
]


# ------------------------------------------------------------------ accuracy

def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def accuracy(path: Path) -> dict[str, Any]:
    articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
    counts = {"profile": [0, 0, 0], "baseline": [0, 0, 0]}
    type_tp = type_fp = type_fn = type_exact = type_n = 0
    reg_tp = reg_fp = reg_fn = reg_exact = 0
    errors: list[str] = []
    started = time.perf_counter()
    for a in articles:
        body = simplify(a["text"])
        result = analyse(a["title"], body)
        low = f"{simplify(a['title'])} {body}".lower()
        for name, predicted in (("profile", result.relevant), ("baseline", any(w in low for w in BASELINE_WORDS))):
            c = counts[name]
            c[0] += predicted and a["relevant"]
            c[1] += predicted and not a["relevant"]
            c[2] += a["relevant"] and not predicted
        if result.relevant != a["relevant"]:
            errors.append(f"{a['id']}: relevant={result.relevant} (score {result.score.relevance:g})")
        if a["relevant"]:
            got, want = {t.name for t in classify_if(result)}, set(a["types"])
            type_n += 1
            type_exact += got == want
            type_tp, type_fp, type_fn = type_tp + len(got & want), type_fp + len(got - want), type_fn + len(want - got)
            if got != want:
                errors.append(f"{a['id']}: types {sorted(got)} expected {sorted(want)}")
        got_r, want_r = {r.name for r in result.regions}, set(a["regions"])
        reg_exact += got_r == want_r
        reg_tp, reg_fp, reg_fn = reg_tp + len(got_r & want_r), reg_fp + len(got_r - want_r), reg_fn + len(want_r - got_r)
        if got_r != want_r:
            errors.append(f"{a['id']}: regions {sorted(got_r)} expected {sorted(want_r)}")
    elapsed = time.perf_counter() - started
    return {
        "n": len(articles), "positives": sum(a["relevant"] for a in articles),
        "profile": prf(*counts["profile"]), "baseline": prf(*counts["baseline"]),
        "types_exact": type_exact / type_n if type_n else 1.0, "types": prf(type_tp, type_fp, type_fn),
        "regions_exact": reg_exact / len(articles), "regions": prf(reg_tp, reg_fp, reg_fn),
        "ms_per_article": elapsed / len(articles) * 1000, "errors": errors,
    }


def classify_if(result: Any) -> list[Any]:
    return result.types if result.relevant else []


# ------------------------------------------------------------------ search latency

def synthetic_rows(n: int, seed: int = 7):
    """Articles made of real sentences from the labelled sets, templated sentences with random places
    and numbers, and a filler sentence of random characters (a realistically large bigram vocabulary).
    About 8% of articles are copies in a story cluster; ~40% are marked relevant."""
    rng = random.Random(seed)
    pool = []
    for name in ("monitoring_labelled.json", "monitoring_heldout.json"):
        for a in json.loads((DATA / name).read_text(encoding="utf-8"))["articles"]:
            pool.extend(sentences(simplify(a["text"])))
    places = [p.name for p in gazetteer().places if p.level in ("province", "city")]
    chars = sorted({c for s in pool for c in s if "\u4e00" <= c <= "\u9fff"} |
                   {c for p in places for c in p})
    templates = ["{p}警方破获一起{k}案件，抓获犯罪嫌疑人{n}名。", "{p}召开{k}工作会议，部署下一阶段工作。",
                 "{p}市民反映{k}问题，相关部门已介入调查。", "今年以来，{p}共受理{k}相关投诉{n}件。"]
    topics = ["电信网络诈骗", "交通安全", "食品安全", "刷单返利诈骗", "环境保护", "消费维权", "冒充客服诈骗", "防汛抗旱",
              "网络安全", "养老服务", "校园安全", "虚假投资理财诈骗", "安全生产", "招商引资"]
    base = datetime(2026, 1, 1, tzinfo=UTC)
    cluster = 0
    for i in range(1, n + 1):
        body = [rng.choice(pool) for _ in range(rng.randint(3, 7))]
        body.insert(rng.randrange(len(body) + 1), rng.choice(templates).format(
            p=rng.choice(places), k=rng.choice(topics), n=rng.randint(2, 900)))
        body.append("".join(rng.choice(chars) for _ in range(rng.randint(20, 60))) + "。")
        text = "".join(body)
        title = body[0][:30]
        cluster_id = None
        if rng.random() < 0.08:
            cluster = cluster + 1 if rng.random() < 0.5 or cluster == 0 else cluster
            cluster_id = cluster
        relevant = any(w in text for w in ("诈骗", "骗", "scam", "fraud"))
        yield (f"https://bench.test/{i}", f"https://bench.test/{i}", f"s{i % 20}", f"site{i % 50}.test", title, text,
               text, base + timedelta(minutes=i), base + timedelta(minutes=i), f"h{i}", relevant,
               rng.uniform(8, 40) if relevant else rng.uniform(0, 7), cluster_id, tsvector_literal(title, text))


def search_latency(n: int, repeats: int, keep: str | None = None) -> dict[str, Any]:
    from pipelines.store import open_db
    from pipelines.store.search import count_matches, search_articles

    name = keep or f"newsmon_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    url = SERVER.rsplit("/", 1)[0] + "/" + name
    try:
        conn = open_db(url)
        conn.commit()
        t0 = time.perf_counter()
        vectors = []
        with conn.cursor() as cur, cur.copy(
                """COPY articles (url, canonical_url, source, site, title, text, text_simplified, published_at,
                   fetched_at, content_hash, relevant, relevance, cluster_id) FROM STDIN""") as copy:
            for row in synthetic_rows(n):
                copy.write_row(row[:-1])
                vectors.append((row[2], row[7], row[10], row[-1]))
        with conn.cursor() as cur, cur.copy("COPY article_search (article_id, source, at, relevant, vector) FROM STDIN") as copy:
            for i, (source, at, relevant, vector) in enumerate(vectors, start=1):
                copy.write_row((i, source, at, relevant, vector))
        del vectors
        rng = random.Random(3)
        # tags for the filter queries: regions and types for a tenth of the articles
        conn.execute("""INSERT INTO article_regions (article_id, name, level, province, city, country)
                        SELECT id, '杭州市', 'city', '浙江省', NULL, '中国' FROM articles WHERE id % 20 = 0
                        UNION ALL
                        SELECT id, '广州市', 'city', '广东省', NULL, '中国' FROM articles WHERE id % 20 = 1""")
        conn.execute("""INSERT INTO article_types (article_id, type, score)
                        SELECT id, CASE WHEN id % 2 = 0 THEN '刷单返利' ELSE '网络婚恋交友' END, 5
                        FROM articles WHERE id % 10 = 3 AND relevant""")
        conn.commit()
        load_s = time.perf_counter() - t0
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE articles")
        conn.execute("VACUUM ANALYZE article_search")
        conn.execute("VACUUM ANALYZE article_regions")
        conn.execute("VACUUM ANALYZE article_types")
        size = conn.execute("SELECT pg_size_pretty(pg_total_relation_size('articles')) AS s, "
                            "pg_size_pretty(pg_total_relation_size('article_search')) AS i").fetchone()
        from newsmon.commands.common import since_value

        timings: list[float] = []
        per_query: dict[str, list[float]] = {}
        hits: dict[str, int] = {}
        for _ in range(repeats):
            order = QUERIES[:]
            rng.shuffle(order)
            for query, opts in order:
                kwargs = dict(opts)
                if "since" in kwargs:
                    kwargs["since"] = since_value(kwargs["since"])
                t = time.perf_counter()
                rows = search_articles(conn, query, **kwargs)
                ms = (time.perf_counter() - t) * 1000
                key = query + (" " + json.dumps(opts, ensure_ascii=False) if opts else "")
                timings.append(ms)
                per_query.setdefault(key, []).append(ms)
                hits[key] = len(rows)
        total_matches = {q: count_matches(conn, q) for q in ("诈骗", "电信网络诈骗", "妙瓦底")}
        conn.close()
        timings.sort()
        medians = sorted(((statistics.median(v), k) for k, v in per_query.items()), reverse=True)
        slowest = (medians[0][1], per_query[medians[0][1]])
        result = {"n": n, "load_s": load_s, "table": size["s"], "index": size["i"], "samples": len(timings),
                "p50": statistics.median(timings), "p99": timings[min(len(timings) - 1, int(len(timings) * 0.99))],
                "max": timings[-1], "slowest": (slowest[0], statistics.median(slowest[1])), "matches": total_matches, "medians": medians,
                  "load": os.getloadavg()[0]}
        return result
    finally:
        if keep:
            print(f"kept database {url}")
        else:
            with psycopg.connect(SERVER, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# ------------------------------------------------------------------ report

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k synthetic articles instead of 100k")
    parser.add_argument("--articles", type=int, help="synthetic article count for the search benchmark")
    parser.add_argument("--repeats", type=int, default=10, help="runs of each search query")
    parser.add_argument("--no-search", action="store_true", help="accuracy only (no database)")
    parser.add_argument("--errors", action="store_true", help="list every misclassified article")
    parser.add_argument("--keep", metavar="DBNAME", help="keep the search database under this name (for EXPLAIN)")
    args = parser.parse_args(argv)

    sets = [("dev", accuracy(DATA / "monitoring_labelled.json")), ("held-out", accuracy(DATA / "monitoring_heldout.json"))]
    print("Relevance, fraud types and regions (labelled articles)\n")
    header = f"{'set':<9} {'n':>4} {'pos':>4}  {'method':<9} {'precision':>9} {'recall':>7} {'F1':>6}"
    print(header)
    print("-" * len(header))
    for name, r in sets:
        for method in ("profile", "baseline"):
            p, rc, f = r[method]
            print(f"{name:<9} {r['n']:>4} {r['positives']:>4}  {method:<9} {p:>9.3f} {rc:>7.3f} {f:>6.3f}")
    print()
    header = f"{'set':<9} {'types exact':>11} {'types P':>8} {'types R':>8} {'regions exact':>13} {'regions P':>9} {'regions R':>9} {'ms/article':>10}"
    print(header)
    print("-" * len(header))
    for name, r in sets:
        print(f"{name:<9} {r['types_exact']:>11.3f} {r['types'][0]:>8.3f} {r['types'][1]:>8.3f} "
              f"{r['regions_exact']:>13.3f} {r['regions'][0]:>9.3f} {r['regions'][1]:>9.3f} {r['ms_per_article']:>10.2f}")
    if args.errors:
        for name, r in sets:
            for e in r["errors"]:
                print(f"  {name} {e}")
    if args.no_search:
        return 0
    n = args.articles or (10_000 if args.quick else 100_000)
    print(f"\nSearch latency: {n:,} synthetic articles, {len(QUERIES)} queries × {args.repeats} (search_articles, "
          "ranked, grouped, with snippets)\n")
    s = search_latency(n, args.repeats, args.keep)
    header = f"{'articles':>9} {'load s':>7} {'table':>8} {'search':>8} {'samples':>8} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}"
    print(header)
    print("-" * len(header))
    print(f"{s['n']:>9,} {s['load_s']:>7.1f} {s['table']:>8} {s['index']:>8} {s['samples']:>8} {s['p50']:>7.1f} "
          f"{s['p99']:>7.1f} {s['max']:>7.1f}")
    print("\nslowest queries (median ms): " + "; ".join(f"{k} {m:.1f}" for m, k in s["medians"][:5]))
    print("matching articles: " + ", ".join(f"{q} {c:,}" for q, c in s["matches"].items())
          + f"; 1-min load average at the end: {s['load']:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
