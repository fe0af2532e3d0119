"""Browser sessions and CSRF tokens for the dashboard, derived from the API token (no server state).

Why this design:
* The API token never reaches JavaScript or a page: the login form POSTs it once; the answer sets
  a session cookie `newsmon_session` (HttpOnly, SameSite=Strict, Secure behind HTTPS, 12 h).
* The cookie is `<issued>.<nonce>.<mac>` with mac = HMAC-SHA256(api token, issued|nonce). Nothing is
  stored: every service instance (leader or standby) accepts it, restarts keep it, and changing
  the token logs every browser out.
* State-changing requests ("Crawl now", logout) need, besides the cookie, a CSRF token
  HMAC(api token, "csrf"|nonce) sent in the `X-CSRF-Token` header (JS) or a `csrf` form field
  (plain form). A cross-site page can neither read it nor (SameSite=Strict) send the cookie; the
  Origin / Sec-Fetch-Site headers are checked as a third line. A request with the bearer token
  itself is not a browser session and needs no CSRF token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

COOKIE = "newsmon_session"
SESSION_SECONDS = 12 * 3600
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf"


def _mac(key: str, message: str) -> str:
    digest = hmac.new(key.encode(), message.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def new_session(token: str, now: float | None = None) -> str:
    """A fresh cookie value signed with the API token."""
    issued = int(now if now is not None else time.time())
    nonce = secrets.token_urlsafe(16)
    return f"{issued}.{nonce}.{_mac(token, f'session|{issued}|{nonce}')}"


def session_nonce(token: str | None, value: str | None, now: float | None = None) -> str | None:
    """The session's nonce when the cookie is genuine and not expired, else None."""
    if not token or not value:
        return None
    parts = value.split(".")
    if len(parts) != 3 or not parts[0].isdigit():
        return None
    issued, nonce, mac = int(parts[0]), parts[1], parts[2]
    if not hmac.compare_digest(mac, _mac(token, f"session|{issued}|{nonce}")):
        return None
    age = (now if now is not None else time.time()) - issued
    return nonce if -60 <= age <= SESSION_SECONDS else None


def csrf_token(token: str, nonce: str) -> str:
    """The CSRF token bound to one session (pages embed it; it is useless without the cookie)."""
    return _mac(token, f"csrf|{nonce}")


def csrf_ok(token: str | None, nonce: str | None, given: str | None) -> bool:
    if not token or not nonce or not given:
        return False
    return hmac.compare_digest(given.encode(), csrf_token(token, nonce).encode())


def bearer_ok(token: str | None, authorization: str | None) -> bool:
    """Same rule as the JSON API: `Authorization: Bearer <token>`."""
    if not token or not authorization or not authorization.startswith("Bearer "):
        return False
    return hmac.compare_digest(authorization.removeprefix("Bearer ").strip().encode(), token.encode())


def token_ok(token: str | None, given: str | None) -> bool:
    if not token or not given:
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())


def same_origin(origin: str | None, fetch_site: str | None, scheme: str, host: str | None) -> bool:
    """False for requests a browser marks as coming from another site (absent headers pass)."""
    if fetch_site and fetch_site not in ("same-origin", "none"):
        return False
    if origin and origin != "null":
        return bool(host) and origin == f"{scheme}://{host}"
    return origin != "null"


def safe_next(target: str | None) -> str:
    """Only local paths after login (no open redirect to //evil or https://evil)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
