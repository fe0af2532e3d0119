"""Search tokenizer: bigrams + Latin words, one normal form for documents and queries."""

from __future__ import annotations

from pipelines.monitor.tokenize import needles, runs, tsquery, tsvector_literal


def test_runs_bigrams_and_words():
    assert runs("電信詐騙 Scam-Alert APP，骗") == [["电信", "信诈", "诈骗"], ["scam"], ["alert"], ["app"], ["骗"]]


def test_tsvector_positions_weights_and_gaps():
    assert tsvector_literal("反诈", "电信诈骗，app") == (
        "'反诈':1A '诈':1A '电信':3 '信诈':4 '诈骗':5 '骗':5 'app':7")


def test_tsquery_phrase_and_prefix():
    assert tsquery("電信詐騙") == "('电信' <-> '信诈' <-> '诈骗')"
    assert tsquery("刷单返利 Scams") == "('刷单' <-> '单返' <-> '返利') & 'scams':*"
    assert tsquery("骗") == "'骗':*"
    assert tsquery("诈骗") == "'诈骗'"
    assert tsquery("，。！") is None
    assert needles("國家反詐中心 APP") == ["国家反诈中心", "app"]
