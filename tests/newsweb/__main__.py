"""Serve the test news web in the foreground: ``python -m tests.newsweb [--root DIR]``."""

from __future__ import annotations

import argparse
import time

from tests.newsweb import NewsWeb


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tests.newsweb", description=__doc__)
    ap.add_argument("--root", default=None, help="sites directory (default: tests/newsweb/sites)")
    ap.add_argument("--log", action="store_true", help="print each request")
    args = ap.parse_args()
    web = NewsWeb(args.root).start()
    try:
        for name in web.sites:
            print(f"{name:8s} {web.base(name)}/", flush=True)
        print("Ctrl-C to stop.", flush=True)
        seen = 0
        while True:
            time.sleep(0.5)
            if args.log:
                recs = web.records()
                for r in recs[seen:]:
                    print(f"{r['site']:8s} {r['status']} {r['method']} {r['path']}  UA={r['user_agent']!r}", flush=True)
                seen = len(recs)
    except KeyboardInterrupt:
        pass
    finally:
        web.stop()


if __name__ == "__main__":
    main()
