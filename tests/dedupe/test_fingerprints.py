"""Pure normalisation / shingling / MinHash behaviour (no database)."""

import numpy as np
import pytest

from benchmarks.dedupe_corpus import corpus, inject_pinyin, make_story, mirror
from pipelines import dedupe, shingles

SIMPLIFIED = "法治日报全媒体记者董凡超\n全国电信网络诈骗案件立案数连续3个月同比下降。"


@pytest.mark.parametrize("text, expected", [
    ("法治日報(bào)全媒體記者 董凡超", "法治日报全媒体记者董凡超"),
    ("軟體與資訊網路", "软件与信息网络"),  # Taiwan phrasing folded by tw2sp, not just characters
    ("ＡＢＣ１２３，“反诈”！\n_x_", "abc123反诈x"),  # NFKC width, punctuation, underscores, case
    ("", ""),
])
def test_normalise(text, expected):
    assert shingles.normalise(text) == expected


def test_exact_hash_is_script_and_punctuation_blind():
    trad = "法治日報(bào)全媒體記者 董凡超\n全國電信網絡詐騙案件立案數連續3個月同比下降！"
    assert dedupe.fingerprint(trad).text_hash == dedupe.fingerprint(SIMPLIFIED).text_hash
    assert dedupe.fingerprint(SIMPLIFIED).text_hash == "c37d0ef299137af856e2d4fa56756494ad284c3c1738d7eae2641077ed705c6f"


def test_shingles_and_signature_shape():
    h = shingles.shingle_hashes("abcdefg")
    assert len(h) == 3  # abcde bcdef cdefg
    assert len(shingles.shingle_hashes("abc")) == 1  # shorter than k: one shingle
    fp = dedupe.fingerprint(SIMPLIFIED * 3)
    assert fp.signature.dtype == np.uint32 and len(fp.signature) == 128
    assert len(fp.band_keys) == 42 and fp.band_keys == sorted(fp.band_keys)
    assert shingles.signature_from_bytes(shingles.signature_bytes(fp.signature)).tolist() == fp.signature.tolist()
    # deterministic across calls and processes: stored keys must stay valid
    assert dedupe.fingerprint(SIMPLIFIED * 3).band_keys == fp.band_keys


def test_too_short_bodies_get_no_band_keys():
    fp = dedupe.fingerprint("页面不存在")
    assert not fp.clusterable and fp.band_keys == []


def test_estimates_track_exact_similarity():
    import random

    rng = random.Random(3)
    _, paras = make_story(rng, "断卡")
    full, half = "\n".join(paras), "\n".join(paras[: len(paras) // 2])
    a, b = shingles.shingle_hashes(shingles.normalise(full)), shingles.shingle_hashes(shingles.normalise(half))
    j, c = shingles.exact_similarity(a, b)
    assert c == 1.0 and 0.2 < j < 0.7
    fa, fb = dedupe.fingerprint(full), dedupe.fingerprint(half)
    sim = dedupe.similarity(fa.signature, fa.shingle_count, fb.signature, fb.shingle_count)
    assert abs(sim.jaccard - j) < 0.15 and sim.containment >= dedupe.CONTAINMENT_MIN
    assert dedupe.is_same_story(sim, fa.shingle_count, fb.shingle_count)


@pytest.mark.parametrize("kind", ["exact", "trad", "pinyin", "truncate", "ads", "reorder", "edited"])
def test_each_copy_kind_verifies_against_its_original(kind):
    import random

    rng = random.Random(11)
    _, paras = make_story(rng, "刷单")
    orig = dedupe.fingerprint("\n".join(paras))
    copy = dedupe.fingerprint("\n".join(mirror(rng, kind, paras)))
    sim = dedupe.similarity(orig.signature, orig.shingle_count, copy.signature, copy.shingle_count)
    assert dedupe.is_same_story(sim, orig.shingle_count, copy.shingle_count), sim
    if kind == "exact":  # tw2sp is not an exact inverse of s2t (匯入 → 导入), so only re-punctuated copies
        assert copy.text_hash == orig.text_hash


def test_pinyin_injection_is_removed_before_hashing():
    import random

    text = "全国电信网络诈骗案件立案数连续3个月同比下降"
    assert shingles.normalise(inject_pinyin(random.Random(1), text, rate=0.5)) == text


def test_same_topic_stories_do_not_verify():
    docs = [d for d in corpus(stories=12, negatives_per_story=1, copies=0, seed=5) if d.kind == "original"]
    fps = {d.doc_id: dedupe.fingerprint(d.text) for d in docs}
    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            fa, fb = fps[a.doc_id], fps[b.doc_id]
            sim = dedupe.similarity(fa.signature, fa.shingle_count, fb.signature, fb.shingle_count)
            assert not dedupe.is_same_story(sim, fa.shingle_count, fb.shingle_count), (a.doc_id, b.doc_id, sim)
