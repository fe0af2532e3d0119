"""URL identity: two addresses of one page must compare equal (sorted query, no tracking tags)."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that only say where a reader came from, never which page it is.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|spm|share|share_token|shareid|share_from|fbclid|gclid|dclid|msclkid|yclid|"
    r"mc_cid|mc_eid|igshid|scene|isappinstalled|wfr|frommodule|_hsenc|_hsmi|ref_src|"
    r"srcid|sharesource|wxshare_count|tt_from|tt_medium|xtrack|cmpid|ncid|sr_share|"
    r"__twitter_impression|s_cid|s_kwcid|ocid|mpshare|chksm|sessionid|phpsessid|jsessionid)$",
    re.I,
)
# `from` is a referrer tag only with app/share values (WeChat's from=timeline); elsewhere it can be data
FROM_TRACKING = re.compile(
    r"^(timeline|singlemessage|groupmessage|message|share|wechat|weixin|qq|weibo|app|androidqq|iosqq|"
    r"toutiao|ios|android|rss|feed|homepage|home|newsapp)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(pair: str) -> bool:
    name, _, value = pair.partition("=")
    name = unquote(name).lower()
    if name == "from":
        return bool(FROM_TRACKING.match(unquote(value)))
    return bool(TRACKING_PARAMS.match(name))


def canonicalize(url: str) -> str:
    """Lower-case scheme/host, drop default port, fragment and tracking parameters, sort the query.

    The query is filtered as raw bytes: a GBK percent-encoded value (keyword=%B7%B4%D5%A9) must not
    be decoded as UTF-8. Raises ValueError for a URL with a malformed port.
    """
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if parts.port and parts.port != _DEFAULT_PORTS.get(scheme) else None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = f"{host}:{port}" if port else host
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = "&".join(p for p in parts.query.split("&") if p and not _is_tracking(p))
    path = parts.path or "/"
    # ;jsessionid=... path parameters are session state, not identity
    path = re.sub(r";jsessionid=[^/?#]*", "", path, flags=re.I)
    return canonicalize_url(urlunsplit((scheme, netloc, path, query, "")), keep_fragments=False)


def site_of(url: str) -> str:
    """The site a URL belongs to: host (plus non-default port), without a leading www."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www.") and not _is_public_suffix(host[4:]):
        host = host[4:]
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        return f"{host}:{port}"
    return host


def same_site(url: str, site: str) -> bool:
    """True when url is on site or one of its subdomains (news.x.cn belongs to x.cn)."""
    other = site_of(url)
    return other == site or other.endswith("." + site)


_GENERIC_SLD = {"com", "net", "org", "gov", "edu", "ac", "co", "mil", "int", "info", "biz", "ltd", "plc"}


def registrable_domain(site: str) -> str:
    """x.cn for news.x.cn, x.com.cn for www.x.com.cn; hosts given as IPs (with port) stay whole.

    A small rule instead of the public suffix list: generic second levels under a country code.
    """
    host = site.split(":", 1)[0]
    if re.fullmatch(r"[\d.]+", host):
        return site
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _GENERIC_SLD and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _is_public_suffix(host: str) -> bool:
    """gov.cn, com.cn, co.uk: names under which many unrelated sites live (www.gov.cn is one site)."""
    labels = host.split(".")
    return len(labels) == 1 or (len(labels) == 2 and labels[0] in _GENERIC_SLD and len(labels[1]) == 2)
