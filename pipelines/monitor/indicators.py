"""Scam indicators quoted in articles: phone numbers, URLs/domains and app names.

Analysts want the concrete artefacts police warn about (a fake customer-service number, a
phishing domain, a fake investment app). Official numbers and apps (96110, 国家反诈中心) are
kept but flagged `official`, since articles quote them in every warning.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from .text import sentences

OFFICIAL_PHONES = {"110", "96110", "12381", "12321", "12315", "12377", "12345", "120", "119", "122", "95110"}
OFFICIAL_APPS = {"国家反诈中心", "国家反诈中心app", "全国反诈中心", "反诈中心", "12381"}
OFFICIAL_DOMAINS = ("12321.cn", "cyberpolice.cn", "police.uk", "police.hk", "165.npa.gov.tw")
_GOV = re.compile(r"(?:^|\.)gov(?:\.[a-z]{2})?$")


def is_official_host(host: str) -> bool:
    """Government hosts (.gov, .gov.cn, .gov.au …) and known reporting sites."""
    host = host.lower().rstrip(".")
    return bool(_GOV.search(host)) or host.endswith(OFFICIAL_DOMAINS)
GENERIC_APPS = {"app", "该", "此", "一款", "这款", "某", "相关", "手机", "聊天", "社交", "投资", "理财", "贷款", "视频",
                "会议", "直播", "购物", "交友", "游戏"}

_PHONE = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}"  # mobile
    r"|0\d{2,3}[-\s]?\d{7,8}"  # landline with area code
    r"|400[-\s]?\d{3}[-\s]?\d{4}|800[-\s]?\d{3}[-\s]?\d{4}"  # service numbers
    r"|\+\d{1,3}[-\s]?\d{2,4}[-\s]?\d{3,4}[-\s]?\d{3,4}"  # international
    r"|9\d{4}|1\d{4}"  # 5-digit service numbers (96110, 12381 …), only near a phone word: see below
    r"|110"
    r")(?![\d])")
_PHONE_WORD = re.compile(r"电话|致电|拨打|号码|热线|来电|短信|call|phone|number|hotline|text", re.IGNORECASE)
_URL = re.compile(r"(?:h(?:tt|xx)ps?://|www\.)[A-Za-z0-9\-._~:/?#@!$&*+=%\[\]]+", re.IGNORECASE)
_DOMAIN = re.compile(r"(?<![A-Za-z0-9@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.|\[\.\]))+"
                     r"(?:com|cn|net|org|top|xyz|vip|cc|io|app|info|shop|site|online|club|hk|tw|me|co|uk|gov)"
                     r")(?![A-Za-z0-9-]|\.[A-Za-z0-9])", re.IGNORECASE)  # a sentence's final period may follow
_APP_ZH = re.compile(
    r"[“\"「『《]([^”\"」』》\s]{2,20})[”\"」』》]\s*(?:APP|App|app|软件|平台|客户端|小程序)"
    r"|(?:下载|安装|注册|登录|打开|使用|通过)了?(?:一款|一个|名为|叫做?)*[“\"「『《]?([\u4e00-\u9fffA-Za-z0-9]{2,12}?)[”\"」』》]?"
    r"\s*(?:APP|App|app)(?![a-z])")
_APP_EN = re.compile(r"\b(?:app|application|platform|website)\s+(?:called|named)\s+[\"“']?([A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30})?)")


@dataclass(frozen=True)
class Indicator:
    kind: str  # phone | url | domain | app
    value: str
    official: bool
    sentence: str

    def to_dict(self) -> dict:
        return asdict(self)


def _phone_value(raw: str) -> str:
    return re.sub(r"[-\s]", "", raw)


def scam_indicators(text: str, *, limit: int = 100) -> list[Indicator]:
    """Phones, URLs, domains and app names with the sentence quoting them, deduplicated."""
    out: dict[tuple[str, str], Indicator] = {}

    def add(kind: str, value: str, official: bool, sent: str) -> None:
        key = (kind, value.lower())
        if key not in out and len(out) < limit:
            out[key] = Indicator(kind, value, official, sent[:500])

    for sent in sentences(text):
        urls = []
        for m in _URL.finditer(sent):
            url = m.group().rstrip(".,;:!?").replace("hxxp", "http").replace("[.]", ".")
            urls.append(url)
            host = re.sub(r"^https?://", "", url, flags=re.IGNORECASE).split("/")[0].lower()
            add("url", url, is_official_host(host), sent)
        for m in _DOMAIN.finditer(sent):
            domain = m.group(1).lower().replace("[.]", ".")
            if domain.startswith("www."):
                domain = domain[4:]
            if re.fullmatch(r"[\d.]+", domain) or "." not in domain:
                continue
            add("domain", domain, is_official_host(domain), sent)
        has_phone_word = bool(_PHONE_WORD.search(sent))
        for m in _PHONE.finditer(sent):
            value = _phone_value(m.group())
            if len(value) <= 5 and not has_phone_word:
                continue
            if any(value in u for u in urls):
                continue
            add("phone", value, value in OFFICIAL_PHONES, sent)
        for m in _APP_ZH.finditer(sent):
            name = (m.group(1) or m.group(2) or "").strip()
            if not name or name.lower() in GENERIC_APPS or re.fullmatch(r"\d+", name):
                continue
            name = re.sub(r"(?i)app$", "", name) or name
            add("app", name, name.lower() in OFFICIAL_APPS or name.startswith("国家反诈"), sent)
        for m in _APP_EN.finditer(sent):
            add("app", m.group(1), False, sent)
    return list(out.values())
