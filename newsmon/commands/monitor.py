"""`newsmon search | stats | profile test|reindex | alerts list|retry`: topic monitoring (issue #6)."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

from newsmon.commands.common import add_config_option, positive_int, since_value
from newsmon.output import dumps, fmt, print_rows, table


def register(sub: Any) -> None:
    s = sub.add_parser("search", help="full-text search (Chinese in either script, English), grouped by story")
    s.add_argument("query")
    s.add_argument("--source")
    s.add_argument("--since", type=since_value, help="ISO date or age such as 7d")
    s.add_argument("--until", type=since_value, help="ISO date or age")
    s.add_argument("--region", help="province, city or country, e.g. 广东, 大理, 缅甸")
    s.add_argument("--type", dest="fraud_type", help="fraud type, e.g. 刷单返利 or task-scam")
    s.add_argument("--relevant", action="store_true", help="only articles the profile marks relevant")
    s.add_argument("--all-copies", action="store_true", help="one row per article instead of per story")
    s.add_argument("--limit", type=positive_int, default=20)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=search)

    st = sub.add_parser("stats", help="relevant story counts by day, region, type or outlet")
    st.add_argument("--since", type=since_value)
    st.add_argument("--until", type=since_value)
    st.add_argument("--by", choices=["day", "region", "city", "type", "outlet", "source"], default="day")
    st.add_argument("--all", action="store_true", help="count every story, not only relevant ones")
    st.add_argument("--format", choices=["table", "csv", "json"], default="table")
    st.set_defaults(func=stats)

    p = sub.add_parser("profile", help="explain and apply topic profiles")
    psub = p.add_subparsers(dest="profile_command", metavar="ACTION")
    psub.required = True
    t = psub.add_parser("test", help="score a saved page or URL term by term")
    t.add_argument("input", metavar="FILE|URL")
    t.add_argument("--profile", help="profile name (default: the default profile)")
    t.add_argument("--url", help="the page's address when reading a file")
    t.add_argument("--json", action="store_true")
    add_config_option(t)
    t.set_defaults(func=profile_test)
    r = psub.add_parser("reindex", help="re-tag stored articles (after a profile change, or old rows)")
    r.add_argument("--all", action="store_true", help="every article, not only untagged ones")
    add_config_option(r)
    r.set_defaults(func=profile_reindex)
    ls = psub.add_parser("list", help="configured profiles")
    add_config_option(ls)
    ls.set_defaults(func=profile_list)

    a = sub.add_parser("alerts", help="webhook alerts for new relevant stories")
    asub = a.add_subparsers(dest="alerts_command", metavar="ACTION")
    asub.required = True
    al = asub.add_parser("list", help="recent alerts and their delivery state")
    al.add_argument("--status", choices=["pending", "delivered", "failed", "skipped"])
    al.add_argument("--limit", type=positive_int, default=30)
    al.add_argument("--json", action="store_true")
    al.set_defaults(func=alerts_list)
    ar = asub.add_parser("retry", help="deliver due pending alerts now (failed ones too with --failed)")
    ar.add_argument("--failed", action="store_true", help="requeue failed alerts first")
    ar.add_argument("--limit", type=positive_int, default=100)
    ar.add_argument("--timeout", type=float, default=10.0)
    ar.set_defaults(func=alerts_retry)


def _config(path: str | None) -> tuple[dict, str, list]:
    from newsmon.config import load_config, resolve_path
    from pipelines.classify import monitoring_config

    if path or resolve_path(None).exists():
        load_config(path)  # errors are reported as config errors
        return monitoring_config(path)
    return monitoring_config(None)


def search(args: argparse.Namespace) -> int:
    from pipelines.store import open_db
    from pipelines.store.search import search_articles

    marks = ("\033[1;31m", "\033[0m") if sys.stdout.isatty() and not args.json else ("【", "】")
    with open_db() as conn:
        rows = search_articles(conn, args.query, source=args.source, since=args.since, until=args.until,
                               region=args.region, fraud_type=args.fraud_type,
                               relevant=True if args.relevant else None, group=not args.all_copies,
                               limit=args.limit, marks=marks)
    if args.json:
        for row in rows:
            print(dumps(row))
        return 0
    if not rows:
        print("no matches")
        return 0
    for row in rows:
        copies = f"  (+{row['copies'] - 1} copies)" if row["copies"] > 1 else ""
        print(f"[{row['id']}] {row['title'] or '(untitled)'}{copies}")
        print(f"    {fmt(row['published_at'] or row['first_seen_at'])}  {row['outlet'] or row['site']}  "
              f"relevance {fmt(row['relevance'])}  {row['url']}")
        print(f"    {row['snippet']}")
    return 0


def stats(args: argparse.Namespace) -> int:
    from pipelines.store import open_db
    from pipelines.store.monitor import stats as story_stats

    with open_db() as conn:
        rows = story_stats(conn, by=args.by, since=args.since, until=args.until, relevant=not args.all)
    if args.format == "json":
        for row in rows:
            print(dumps(row))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow([args.by, "stories", "articles"])
        for row in rows:
            writer.writerow([row["key"], row["stories"], row["articles"]])
    elif not rows:
        print("no relevant stories" if not args.all else "no stories")
    else:
        table(rows, [("key", args.by), ("stories", "stories"), ("articles", "articles")])
    return 0


def profile_test(args: argparse.Namespace) -> int:
    from pathlib import Path

    from newsmon.commands.extract import fetch
    from pipelines.extraction import extract
    from pipelines.monitor import analyse
    from pipelines.monitor.scoring import explain

    profiles, default, _ = _config(args.config)
    name = args.profile or default
    if name not in profiles:
        print(f"newsmon: no profile {name!r} (known: {', '.join(profiles)})", file=sys.stderr)
        return 2
    try:
        if args.input.startswith(("http://", "https://")):
            body, headers, url = fetch(args.input)
        else:
            body, headers, url = Path(args.input).read_bytes(), {}, args.url or Path(args.input).resolve().as_uri()
    except (OSError, ValueError) as exc:
        print(f"newsmon profile test: cannot read {args.input}: {exc}", file=sys.stderr)
        return 1
    page = extract(body, headers, url)
    analysis = analyse(page.title, page.text_simplified or page.text, profiles[name])
    rows = explain(analysis.score)
    if args.json:
        print(dumps({"title": page.title, **analysis.to_dict(), "explain": rows}))
        return 0
    verdict = "RELEVANT" if analysis.relevant else "not relevant"
    print(f"{page.title or '(untitled)'}")
    print(f"profile {name}: score {analysis.score.relevance:.2f} / threshold {analysis.score.threshold:.2f} → {verdict}")
    print()
    if rows:
        table(rows, [("term", "term"), ("kind", "kind"), ("weight", "weight"), ("in_title", "title"),
                     ("in_body", "body"), ("adds", "adds")])
    else:
        print("no profile term matched")
    if analysis.types:
        print("\ntypes:   " + ", ".join(f"{t.name} ({t.label}, {t.score:g})" for t in analysis.types))
    if analysis.regions:
        print("regions: " + ", ".join(f"{r.name}" + (f" ({r.province})" if r.province and r.province != r.name else "")
                                      for r in analysis.regions))
    for f in analysis.figures[:10]:
        print(f"figure:  {f.value:,} {f.unit}  {f.subject}")
    for i in analysis.indicators[:10]:
        print(f"{i.kind + ':':<8} {i.value}" + ("  (official)" if i.official else ""))
    return 0


def profile_list(args: argparse.Namespace) -> int:
    profiles, default, hooks = _config(args.config)
    for name, p in profiles.items():
        mark = " (default)" if name == default else ""
        print(f"{name}{mark}: threshold {p.threshold:g}, {len(p.terms)} terms, {len(p.context)} context, "
              f"{len(p.negative)} negative, {len(p.types)} fraud types")
    for hook in hooks:
        print(f"webhook {hook['name']}: profile {hook['profile']}, min_score {hook['min_score']:g}, {hook['url']}")
    return 0


def profile_reindex(args: argparse.Namespace) -> int:
    from pipelines.monitor import analyse
    from pipelines.store import open_db
    from pipelines.store.monitor import articles_to_reanalyse, store_analysis

    profiles, default, _ = _config(args.config)
    done = relevant = 0
    with open_db() as conn, open_db(migrate=False) as reader:
        for row in articles_to_reanalyse(reader, only_missing=not args.all):
            analysis = analyse(row["title"], row["text_simplified"] or row["text"], profiles[default])
            result = {**analysis.to_dict(), "search_vector": analysis.search_vector, "alerts": []}
            with conn.transaction():
                store_analysis(conn, row["id"], result)
            done += 1
            relevant += analysis.relevant
    print(f"re-tagged {done} articles ({relevant} relevant) with profile {default}")
    return 0


def alerts_list(args: argparse.Namespace) -> int:
    from pipelines.store import open_db
    from pipelines.store.monitor import list_alerts

    with open_db() as conn:
        rows = list_alerts(conn, status=args.status, limit=args.limit)
    print_rows(rows, [("id", "id"), ("webhook", "webhook"), ("status", "status"), ("attempts", "tries"),
                      ("story_key", "story"), ("title", "title"), ("created_at", "created"),
                      ("last_error", "last error")], as_json=args.json, empty="no alerts", max_width=36)
    return 0


def alerts_retry(args: argparse.Namespace) -> int:
    from pipelines.store import open_db
    from pipelines.store.monitor import deliver_pending, requeue_failed

    with open_db(autocommit=True) as conn:
        requeued = requeue_failed(conn) if args.failed else 0
        counts = deliver_pending(conn, limit=args.limit, timeout=args.timeout)
    extra = f"requeued {requeued} failed, " if args.failed else ""
    print(extra + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0
