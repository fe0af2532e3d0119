"""Relevance scoring and profiles: exact scores, trad/simp equivalence, context and negative terms."""

from __future__ import annotations

import pytest

from pipelines.monitor.profiles import ProfileError, build_profile, default_profile, load_profiles
from pipelines.monitor.scoring import explain, score

SMALL = build_profile("t", {"threshold": 5, "title_factor": 2, "max_count": 4,
                            "terms": {"电信网络诈骗": 5, "诈骗": 2, "scam": 4},
                            "context": {"警方": 1}, "negative": {"财务造假": -6}})


def test_longer_term_hides_the_shorter_inside_it():
    s = score(SMALL, None, "警方破获电信网络诈骗案件。")
    assert [(m.term, m.body_count, m.contribution) for m in s.matches] == [("电信网络诈骗", 1, 5.0), ("警方", 1, 1.0)]
    assert s.relevance == 6.0 and s.relevant


def test_title_factor_and_diminishing_repeats():
    s = score(SMALL, "诈骗", "诈骗 诈骗 诈骗 诈骗 诈骗 诈骗")
    (m,) = s.matches
    assert (m.title_count, m.body_count) == (1, 6)
    # 2 × (1 + ln 4) body (capped at 4) + 2 × 2 title
    assert m.contribution == pytest.approx(2 * (1 + 1.3862944) + 4, abs=1e-3)


def test_context_terms_need_a_topic_term():
    assert score(SMALL, "警方通报交通事故", "警方提醒注意安全。").relevance == 0.0


def test_negative_terms_subtract():
    s = score(SMALL, None, "公司财务造假被查，涉嫌诈骗。")
    assert s.relevance == -4.0 and not s.relevant
    assert s.matched_terms == ["诈骗", "-财务造假"]


def test_traditional_title_scores_like_simplified():
    trad = score(default_profile(), "警方破獲電信網路詐騙案", None)
    simp = score(default_profile(), "警方破获电信网络诈骗案", None)
    assert trad.relevance == simp.relevance > 0


def test_english_terms_match_word_starts_with_suffixes():
    s = score(SMALL, None, "Scammers ran a scam; SCAMS rise. A scampi recipe is not one.")
    assert s.matches[0].term == "scam" and s.matches[0].body_count == 3
    assert score(SMALL, None, "noscam").relevance == 0


def test_shipped_profile_on_typical_articles():
    p = default_profile()
    assert p.name == "anti-fraud" and p.threshold == 8.0
    news = score(p, "国家反诈中心发布刷单返利类诈骗预警", "警方提醒，凡是要求垫付资金的刷单都是诈骗。")
    assert news.relevant
    police = score(p, "交警部门开展酒驾整治", "民警在路口查处酒后驾驶行为12起。")
    assert not police.relevant and police.relevance == 0
    finance = score(p, "上市公司财务造假被罚", "证监会认定其欺诈发行，涉嫌诈骗的另案处理。")
    assert not finance.relevant


def test_explain_rows_sorted_by_contribution():
    rows = explain(score(SMALL, "诈骗", "警方破获电信网络诈骗案件"))
    assert [r["term"] for r in rows] == ["电信网络诈骗", "诈骗", "警方"]
    assert rows[0] == {"term": "电信网络诈骗", "kind": "term", "weight": 5.0, "in_title": 0, "in_body": 1, "adds": 5.0}


def test_config_profiles_extend_and_override():
    profiles, default = load_profiles({
        "anti-fraud": {"threshold": 9, "terms": {"养老诈骗": 6}},
        "crypto": {"extends": "anti-fraud", "default": True, "terms": {"虚拟币": 4}},
    })
    assert default == "crypto"
    assert profiles["anti-fraud"].threshold == 9
    assert {t.text: t.weight for t in profiles["crypto"].terms}["虚拟币"] == 4
    assert {t.text: t.weight for t in profiles["crypto"].terms}["养老诈骗"] == 6


@pytest.mark.parametrize(("spec", "message"), [
    ({"threshold": 1, "terms": {"a": "x"}}, "profile 'bad': key 'terms': term 'a': expected a number"),
    ({"terms": {"a": 1}}, "profile 'bad': key 'threshold' is missing"),
    ({"threshold": 1, "terms": {"a": 1}, "colour": 1}, "profile 'bad': unknown key 'colour'"),
])
def test_profile_errors_name_profile_and_key(spec, message):
    with pytest.raises(ProfileError) as exc:
        load_profiles({"bad": spec})
    assert str(exc.value).startswith(message)


def test_analysis_reads_a_bounded_prefix_of_huge_bodies():
    """Hostile 1 MB bodies are analysed only up to MAX_ANALYSED_CHARS (news reports are far shorter)."""
    from pipelines.monitor.analysis import MAX_ANALYSED_CHARS, analyse

    filler = "今天天气晴朗。" * (MAX_ANALYSED_CHARS // 7 + 1)
    assert not analyse("标题", filler + "电信网络诈骗" * 10).score.relevant
    assert analyse("标题", "电信网络诈骗" * 10 + filler).score.relevant


def test_terms_inside_longer_terms_count_once():
    from pipelines.monitor.profiles import Term

    short, long_ = Term.make("电诈", 1), Term.make("反电诈", 1)
    text = "反电诈宣传，打击电诈，反电诈，电诈"
    assert short.spans_outside([long_], text) == [(8, 10), (15, 17)]
    assert short.spans_outside([], text) == [(1, 3), (8, 10), (12, 14), (15, 17)]
