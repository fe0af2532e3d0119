"""`newsmon clusters list|show|backfill`: stories with every copy under them."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from newsmon.commands.common import positive_int, since_value
from newsmon.output import dumps, fmt, print_rows, table
from pipelines.store import clusters as cluster_store
from pipelines.store import open_db


def register(sub: Any) -> None:
    p = sub.add_parser("clusters", help="stories: copies of one article across sites, grouped")
    csub = p.add_subparsers(dest="clusters_command", metavar="ACTION")
    csub.required = True

    ls = csub.add_parser("list", help="largest stories first")
    ls.add_argument("--since", type=since_value, help="first seen or grown since (ISO date or age: 24h, 7d)")
    ls.add_argument("--min-size", type=positive_int, default=1, help="only clusters with at least N members")
    ls.add_argument("--limit", type=positive_int, default=30)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_clusters)

    show = csub.add_parser("show", help="one story and its members")
    show.add_argument("cluster_id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=show_cluster)

    fill = csub.add_parser("backfill", help="cluster articles stored before clustering existed")
    fill.set_defaults(func=backfill)


def list_clusters(args: argparse.Namespace) -> int:
    with open_db() as conn:
        rows = cluster_store.list_clusters(conn, since=args.since, min_size=args.min_size, limit=args.limit)
    if not args.json:
        for row in rows:
            row["sites"] = ",".join(row["sites"])
    print_rows(rows, [("id", "id"), ("member_count", "members"), ("site_count", "sites"),
                      ("earliest_published_at", "first published"), ("original_outlet", "original outlet"),
                      ("title", "title")], as_json=args.json, empty="no clusters", max_width=40)
    return 0


def show_cluster(args: argparse.Namespace) -> int:
    with open_db() as conn:
        cluster = cluster_store.get_cluster(conn, args.cluster_id)
    if cluster is None:
        print(f"newsmon: no cluster with id {args.cluster_id}", file=sys.stderr)
        return 1
    if args.json:
        print(dumps(cluster))
        return 0
    for key in ("id", "title", "member_count", "site_count", "original_outlet", "original_site",
                "earliest_published_at", "earliest_article_id", "first_seen_at", "first_article_id"):
        print(f"{key:>22}: {fmt(cluster.get(key))}")
    print()
    members = cluster["members"]
    for m in members:
        m["similarity"] = "-" if m["jaccard"] is None else f"J={m['jaccard']:.2f} C={m['containment']:.2f}"
    table(members, [("id", "article"), ("site", "site"), ("outlet", "outlet"), ("published_at", "published"),
                    ("first_seen_at", "first seen"), ("similarity", "similarity to first"), ("url", "url")],
          max_width=60)
    return 0


def backfill(args: argparse.Namespace) -> int:
    with open_db() as conn:
        conn.commit()
        done = cluster_store.backfill(conn)
    print(f"clustered {done} articles")
    return 0
