"""Search tokens for PostgreSQL full-text search without server extensions.

PostgreSQL's parsers do not segment Chinese; character bigrams do not need a dictionary and make
a phrase query (`电信 <-> 信诈 <-> 诈骗`) an exact substring match (see NOTES.md). The same function
tokenises documents and queries, after NFKC, lower case and OpenCC simplification, so a query in
either script finds articles in either script. Latin and digit runs are whole words.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .text import normalise

_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+(?:['.][a-z0-9]+)*")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MAX_POSITION = 16383  # PostgreSQL's limit; later tokens share the last position
MAX_WORD = 60
MAX_INDEXED_CHARS = 50_000  # past ~16k tokens positions saturate anyway; keeps the vector well under 1 MB


def runs(text: str, *, simplified: bool = False) -> list[list[str]]:
    """Token runs: each run is a list of adjacent tokens (a CJK run's bigrams, or one Latin word).

    A one-character CJK run yields that character; a longer run also ends with its last character
    as a unigram so a one-character query can still find it (see `query_tokens`).
    """
    out: list[list[str]] = []
    for m in _RUN.finditer(normalise(text, simplified=simplified)):
        run = m.group()
        if _CJK.match(run):
            if len(run) == 1:
                out.append([run])
            else:
                out.append([run[i:i + 2] for i in range(len(run) - 1)])
        elif len(run) <= MAX_WORD:
            out.append([run.replace("'", "").replace(".", "")])
    return out


def tsvector_literal(title: str | None, body: str | None, *, simplified: bool = True) -> str:
    """A `tsvector` literal with explicit positions: title tokens weighted A, body tokens D.

    Runs are separated by a one-position gap so a phrase never spans punctuation or a paragraph.
    Positions are built here rather than by `to_tsvector`, whose parser would glue bigrams of a
    CJK run back together.
    """
    positions: dict[str, list[str]] = defaultdict(list)
    pos = 1
    for weight, text in (("A", (title or "")[:1000]), ("", (body or "")[:MAX_INDEXED_CHARS])):  # "" = D, the default
        for run in runs(text, simplified=simplified and weight == ""):
            for token in run:
                positions[token].append(f"{min(pos, MAX_POSITION)}{weight}")
                pos += 1
            if len(run[0]) == 2 and _CJK.match(run[0]):  # trailing unigram, same position as last bigram
                positions[run[-1][-1]].append(f"{min(pos - 1, MAX_POSITION)}{weight}")
            pos += 1
    return " ".join(f"'{tok}':{','.join(p[:256])}" for tok, p in positions.items())


def query_tokens(query: str) -> list[list[str]]:
    """Query runs (same tokenisation as documents); drop duplicate trailing unigrams."""
    out = []
    for run in runs(query):
        out.append(run)
    return out


def tsquery(query: str) -> str | None:
    """`to_tsquery('simple', …)` text: each run is a phrase (`<->`), runs are ANDed.

    A one-character CJK run matches as prefix (`骗:*`), so it is found inside any bigram starting
    with it or as a run's trailing unigram; Latin words match as prefixes (scam → scams, scammer).
    Returns None when the query has no searchable token.
    """
    parts = []
    for run in query_tokens(query):
        if len(run) == 1:
            tok = run[0]
            parts.append(f"'{tok}':*" if _CJK.match(tok) and len(tok) == 1 or not _CJK.match(tok) else f"'{tok}'")
        else:
            parts.append("(" + " <-> ".join(f"'{t}'" for t in run) + ")")
    return " & ".join(parts) if parts else None


def needles(query: str) -> list[str]:
    """The query's runs as plain strings, for highlighting snippets in simplified text."""
    return [m.group() for m in _RUN.finditer(normalise(query))]


def tsquery_all(query: str) -> str | None:
    """Tokens ANDed without positions: a GIN match needs no recheck of the stored vector, so it
    cheaply narrows the candidates before the exact phrase query is checked on them. Bigrams that
    tile a run without overlap (电信 网络 诈骗 for 电信网络诈骗) suffice: fewer posting lists to merge."""
    parts = []
    for run in query_tokens(query):
        cover = run[::2] + ([run[-1]] if len(run) % 2 == 0 else [])
        for tok in dict.fromkeys(cover):
            parts.append(f"'{tok}':*" if len(tok) == 1 and _CJK.match(tok) or not _CJK.match(tok) else f"'{tok}'")
    return " & ".join(parts) if parts else None
