"""Page weight on a first visit, images left out: HTML + CSS + JS + fonts, per page.

Budget: 150 KB a page (readers on slow mobile links), no render-blocking third-party
request, no web font a Vietnamese page does not need.

Usage (against a running server, e.g. `make demo`):
    .venv/bin/python bench/page_weight.py [--base-url http://127.0.0.1:8000] [-v]
    .venv/bin/python bench/page_weight.py --base-url http://soctrang.localhost:8000
    .venv/bin/python bench/page_weight.py --desk chutich-thuanchau [--password demo-khuyenhoc]

Each page and its same-origin subresources (<link rel=stylesheet|preload|modulepreload>,
<script src>, and the CSS's @import and font url()s) are fetched twice: plainly, and with
"Accept-Encoding: gzip". Columns:
    raw     the bytes themselves (what a server without compression sends)
    gzip-6  the same compressed here with gzip level 6 (what nginx or whitenoise after
            collectstatic would send; runserver compresses nothing)
    served  what this server actually sent when asked for gzip
A font is counted only if the page has a letter in its @font-face unicode-range (that is
when browsers fetch it). Images are not counted. The budget is checked on gzip-6 and raw is
shown beside it; the exit status is 1 if a page is over budget or has a render-blocking
third-party request. Host names under .localhost are sent to 127.0.0.1, as browsers do.

With --desk USERNAME the chapter president's desk is measured too, after the public pages:
the script signs in through the admin login form and, with that session's cookies on every
request, weighs the desk, its write form and the first edit form linked from the desk.
Their budget is 60 KB (HTML + CSS + JS, gzip-6) and no request to another host at all:
stylesheets, scripts, fonts, images, frames and icons the HTML or its CSS names are all
checked, and any other host is listed and fails the page.
"""

import argparse
import gzip
import html
import http.client
import http.cookies
import json
import re
import sys
import urllib.parse
from dataclasses import dataclass, field
from html.parser import HTMLParser

BUDGET = 150 * 1024
PAGES = [
    ("home", "/"),
    ("news index", "/tin-tuc/"),
    ("article", None),  # the first article linked from the news index
    ("search", "/tim-kiem/?q=khuyen+hoc"),
    ("campaign", None),  # the first campaign linked from the campaign index
]
FOUND_UNDER = {"article": "/tin-tuc/", "campaign": "/chien-dich/"}
DESK_BUDGET = 60 * 1024
DESK = "/quan-tri/bai-cua-toi/"
DESK_PAGES = [
    ("desk", DESK),
    ("write form", DESK + "viet/?kind=tin"),
    ("edit form", None),  # the first /sua/ link on the desk
]
LOGIN = "/quan-tri/login/"
DEMO_PASSWORD = "demo-khuyenhoc"  # site/demo/loader.py
FONT_EXTENSIONS = (".woff2", ".woff", ".ttf", ".otf", ".eot")


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes  # decoded (uncompressed) body
    wire: int  # bytes of the body as sent


def fetch(url: str, gzip_ok: bool = False, session: dict | None = None, form: dict | None = None) -> Response:
    """GET url, or POST form to it (with the page itself as Referer, as a browser sends).
    session holds the cookies to send, and is updated from the response's Set-Cookie."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    connect_to = "127.0.0.1" if host == "localhost" or host.endswith(".localhost") else host
    conn_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = conn_class(connect_to, parts.port, timeout=60)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    headers = {
        "Host": parts.netloc,
        "User-Agent": "khuyenhoc-page-weight",
        "Accept-Encoding": "gzip" if gzip_ok else "identity",
    }
    if session:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in session.items())
    payload = None
    if form is not None:
        payload = urllib.parse.urlencode(form)
        headers.update({"Content-Type": "application/x-www-form-urlencoded", "Referer": url})
    try:
        conn.request("GET" if form is None else "POST", path, body=payload, headers=headers)
        response = conn.getresponse()
        data = response.read()
        resp_headers = {k.lower(): v for k, v in response.getheaders()}
        set_cookies = response.msg.get_all("Set-Cookie") or []
    finally:
        conn.close()
    if session is not None:
        for header in set_cookies:
            for name, morsel in http.cookies.SimpleCookie(header).items():
                if morsel.value and morsel["max-age"] != "0":
                    session[name] = morsel.value
                else:
                    session.pop(name, None)
    body = gzip.decompress(data) if resp_headers.get("content-encoding") == "gzip" else data
    return Response(response.status, resp_headers, body, len(data))


class PageParser(HTMLParser):
    """Collects subresources (with whether they block rendering), links, and what else a
    browser fetches but is not weighed (images, frames, icons)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.resources: list[tuple[str, str, bool]] = []  # (kind, url, render_blocking)
        self.links: list[str] = []
        self.unweighed: list[tuple[str, str]] = []  # (kind, url)
        self.in_head = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        elif tag == "link" and a.get("href"):
            rel = a.get("rel", "").lower().split()
            if "stylesheet" in rel:
                media = a.get("media", "all").strip().lower()
                blocking = media in ("", "all", "screen") and "disabled" not in a
                self.resources.append(("css", a["href"], blocking))
            elif "modulepreload" in rel:
                self.resources.append(("js", a["href"], False))
            elif "preload" in rel and a.get("as") in ("style", "script", "font"):
                kind = {"style": "css", "script": "js", "font": "font"}[a["as"]]
                self.resources.append((kind, a["href"], False))
            elif {"icon", "apple-touch-icon", "manifest", "preconnect", "prefetch"} & set(rel):
                self.unweighed.append(("link", a["href"]))
        elif tag == "script" and a.get("src"):
            blocking = self.in_head and not ({"async", "defer"} & a.keys()) and a.get("type") != "module"
            self.resources.append(("js", a["src"], blocking))
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag in ("img", "source", "video", "audio", "iframe", "embed", "input", "object"):
            kind = "frame" if tag in ("iframe", "embed", "object") else "img"
            for attr in ("src", "poster", "data"):
                if a.get(attr):
                    self.unweighed.append((kind, a[attr]))
            for candidate in a.get("srcset", "").split(","):
                if candidate.strip():
                    self.unweighed.append((kind, candidate.split()[0]))

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False

    def handle_data(self, data):
        self.text.append(data)


CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']?([^"')\s;]+)""", re.I)
FONT_FACE = re.compile(r"@font-face\s*{([^}]*)}", re.I)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""", re.I)
UNICODE_RANGE = re.compile(r"unicode-range\s*:\s*([^;}]+)", re.I)


def unicode_ranges(value: str) -> list[tuple[int, int]]:
    ranges = []
    for part in value.split(","):
        part = part.strip().upper().removeprefix("U+")
        if "-" in part:
            low, high = part.split("-", 1)
        elif "?" in part:
            low, high = part.replace("?", "0"), part.replace("?", "F")
        else:
            low = high = part
        ranges.append((int(low, 16), int(high, 16)))
    return ranges


def fonts_in_css(css: str, page_text: str) -> list[tuple[str, bool]]:
    """(url, fetched) of the first font file of each @font-face; fetched if the page has a
    letter in its unicode-range (or it has none)."""
    fonts = []
    letters = {ord(ch) for ch in page_text}
    for block in FONT_FACE.findall(CSS_COMMENT.sub("", css)):
        urls = [u for u in CSS_URL.findall(block) if u.split("?")[0].lower().endswith(FONT_EXTENSIONS)]
        if not urls:
            continue
        match = UNICODE_RANGE.search(block)
        needed = True
        if match:
            needed = any(low <= cp <= high for cp in letters for low, high in unicode_ranges(match.group(1)))
        fonts.append((urls[0], needed))
    return fonts


@dataclass
class Item:
    kind: str
    url: str
    raw: int
    gzip6: int
    served: int
    status: int


@dataclass
class PageWeight:
    name: str
    url: str
    budget: int = BUDGET
    own_host_only: bool = False  # any request to another host fails the page, not only a render-blocking one
    items: list[Item] = field(default_factory=list)
    third_party: list[tuple[str, str, bool]] = field(default_factory=list)
    fonts_skipped: list[str] = field(default_factory=list)

    def total(self, attr: str, kind: str | None = None) -> int:
        return sum(getattr(i, attr) for i in self.items if kind is None or i.kind == kind)

    @property
    def blocking_third_party(self):
        return [url for _kind, url, blocking in self.third_party if blocking]

    @property
    def refused_third_party(self):
        return [url for _kind, url, _blocking in self.third_party] if self.own_host_only else self.blocking_third_party

    @property
    def within_budget(self) -> bool:
        return self.total("gzip6") <= self.budget and not self.refused_third_party


def measure_item(kind: str, url: str, session: dict | None = None) -> tuple[Item, Response]:
    plain = fetch(url, session=session)
    compressed = fetch(url, gzip_ok=True, session=session)
    gz = len(gzip.compress(plain.body, compresslevel=6, mtime=0))
    return Item(kind, url, len(plain.body), gz, compressed.wire, plain.status), plain


def same_origin(base: str, url: str) -> bool:
    a, b = urllib.parse.urlsplit(base), urllib.parse.urlsplit(url)
    return (a.scheme, a.netloc) == (b.scheme, b.netloc)


def measure_page(name: str, url: str, session: dict | None = None) -> PageWeight:
    """A page fetched with a session is a desk page: the desk's budget, and no other host at all."""
    page = PageWeight(name, url) if session is None else PageWeight(name, url, DESK_BUDGET, own_host_only=True)
    item, response = measure_item("html", url, session)
    page.items.append(item)
    if response.status != 200:
        raise SystemExit(f"{url}: HTTP {response.status}")
    parser = PageParser()
    parser.feed(response.body.decode("utf-8", "replace"))
    text = "".join(parser.text)
    seen = {url}
    queue = [(kind, urllib.parse.urljoin(url, href), blocking) for kind, href, blocking in parser.resources]
    if page.own_host_only:
        page.third_party += [(kind, u, False) for kind, u in other_hosts(url, parser.unweighed)]
    while queue:
        kind, res_url, blocking = queue.pop(0)
        res_url = urllib.parse.urldefrag(res_url)[0]
        if res_url in seen:
            continue
        seen.add(res_url)
        if not same_origin(url, res_url):
            page.third_party.append((kind, res_url, blocking))
            continue
        item, response = measure_item(kind, res_url, session)
        page.items.append(item)
        if kind == "css" and response.status == 200:
            css = response.body.decode("utf-8", "replace")
            if page.own_host_only:
                images = [
                    ("img", u)
                    for u in CSS_URL.findall(CSS_COMMENT.sub("", css))
                    if not u.split("?")[0].lower().endswith(FONT_EXTENSIONS)
                ]
                page.third_party += [(kind, u, False) for kind, u in other_hosts(res_url, images)]
            for href in CSS_IMPORT.findall(CSS_COMMENT.sub("", css)):
                queue.append(("css", urllib.parse.urljoin(res_url, href), blocking))
            for href, needed in fonts_in_css(css, text):
                font_url = urllib.parse.urljoin(res_url, href)
                if needed:
                    queue.append(("font", font_url, False))
                else:
                    page.fonts_skipped.append(font_url)
    return page


def other_hosts(base: str, requests: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (kind, absolute url) of the requests that go to another host than base's."""
    found = []
    for kind, href in requests:
        absolute = urllib.parse.urljoin(base, href.strip())
        if urllib.parse.urlsplit(absolute).scheme in ("http", "https") and not same_origin(base, absolute):
            found.append((kind, absolute))
    return found


def first_link_under(base_url: str, index_path: str) -> str | None:
    """The first link one level below index_path on the index page, else in /sitemap.xml."""
    index_url = urllib.parse.urljoin(base_url, index_path)
    response = fetch(index_url)
    candidates = []
    if response.status == 200:
        parser = PageParser()
        parser.feed(response.body.decode("utf-8", "replace"))
        candidates = [urllib.parse.urljoin(index_url, href) for href in parser.links]
    sitemap = fetch(urllib.parse.urljoin(base_url, "/sitemap.xml"))
    if sitemap.status == 200:
        candidates += re.findall(r"<loc>([^<]+)</loc>", sitemap.body.decode("utf-8", "replace"))
    prefix = urllib.parse.urlsplit(index_url).path
    for candidate in candidates:
        parts = urllib.parse.urlsplit(candidate)
        rest = parts.path[len(prefix) :] if parts.path.startswith(prefix) else ""
        if rest and rest.strip("/") and "/" not in rest.strip("/") and not parts.query:
            return urllib.parse.urljoin(base_url, parts.path)
    return None


def page_urls(base_url: str) -> list[tuple[str, str]]:
    base = base_url.rstrip("/") + "/"
    urls = []
    for name, path in PAGES:
        url = first_link_under(base, FOUND_UNDER[name]) if path is None else urllib.parse.urljoin(base, path)
        if url is None:
            print(f"{name}: no page found under {FOUND_UNDER[name]}", file=sys.stderr)
        else:
            urls.append((name, url))
    return urls


ERROR_MESSAGE = re.compile(r'<li class="error">(.*?)</li>', re.S)
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def login(base_url: str, username: str, password: str) -> dict:
    """Sign in through Wagtail's login form; the session's cookies (sessionid, csrftoken).
    A refused login (wrong password, a second factor asked for, throttled) ends the run with
    the status and the form's error messages."""
    url = urllib.parse.urljoin(base_url, LOGIN)
    session = {}
    form_page = fetch(url, session=session)
    token = CSRF_INPUT.search(form_page.body.decode("utf-8", "replace"))
    if form_page.status != 200 or token is None or "csrftoken" not in session:
        raise SystemExit(f"{url}: HTTP {form_page.status}, no login form with a CSRF token and cookie")
    response = fetch(
        url, session=session, form={"username": username, "password": password, "csrfmiddlewaretoken": token.group(1)}
    )
    if response.status != 302 or "sessionid" not in session:
        errors = [
            html.unescape(re.sub(r"<[^>]+>", "", m)).strip()
            for m in ERROR_MESSAGE.findall(response.body.decode("utf-8", "replace"))
        ]
        retry = f", Retry-After {response.headers['retry-after']} s" if "retry-after" in response.headers else ""
        raise SystemExit(
            f"login as {username} refused: HTTP {response.status}{retry}: "
            + (" / ".join(errors) or "no error message on the page")
        )
    return session


def desk_urls(base_url: str, session: dict) -> list[tuple[str, str]]:
    base = base_url.rstrip("/") + "/"
    urls = []
    for name, path in DESK_PAGES:
        url = first_edit_link(base, session) if path is None else urllib.parse.urljoin(base, path)
        if url is None:
            print(f"{name}: no /sua/ link on {DESK}", file=sys.stderr)
        else:
            urls.append((name, url))
    return urls


def first_edit_link(base_url: str, session: dict) -> str | None:
    desk_url = urllib.parse.urljoin(base_url, DESK)
    response = fetch(desk_url, session=session)
    parser = PageParser()
    parser.feed(response.body.decode("utf-8", "replace"))
    for href in parser.links:
        path = urllib.parse.urlsplit(urllib.parse.urljoin(desk_url, href)).path
        if path.startswith(DESK) and path.endswith("/sua/"):
            return urllib.parse.urljoin(base_url, path)
    return None


def kb(n: int) -> str:
    return f"{n / 1024:.1f}"


def print_table(pages: list[PageWeight], heading: str, verbose: bool) -> None:
    print(heading)
    header = (
        f"{'page':<11} {'HTML raw':>8} {'HTML gz':>8} {'CSS gz':>7} {'JS gz':>6} {'font':>6} "
        f"{'total raw':>9} {'gzip-6':>7} {'served':>7} {'reqs':>4}  budget"
    )
    print(header)
    print("-" * len(header))
    for p in pages:
        verdict = "ok" if p.within_budget else "OVER"
        if p.own_host_only and p.third_party:
            verdict += " (request to another host)"
        elif p.blocking_third_party:
            verdict += " (render-blocking third-party)"
        print(
            f"{p.name:<11} {kb(p.total('raw', 'html')):>8} {kb(p.total('gzip6', 'html')):>8} "
            f"{kb(p.total('gzip6', 'css')):>7} {kb(p.total('gzip6', 'js')):>6} {kb(p.total('gzip6', 'font')):>6} "
            f"{kb(p.total('raw')):>9} {kb(p.total('gzip6')):>7} {kb(p.total('served')):>7} {len(p.items):>4}  {verdict}"
        )
    print()
    for p in pages:
        print(f"{p.name}: {p.url}")
        if verbose:
            for i in p.items:
                flag = "" if i.status == 200 else f"  HTTP {i.status}"
                print(f"    {i.kind:<5} {kb(i.raw):>7} raw {kb(i.gzip6):>7} gz {kb(i.served):>7} served  {i.url}{flag}")
        for kind, url, blocking in p.third_party:
            print(f"    third-party {kind}{' RENDER-BLOCKING' if blocking else ''}: {url}")
        for url in p.fonts_skipped:
            print(f"    font not fetched (no letter in its unicode-range): {url}")
        for i in p.items:
            if i.status != 200:
                print(f"    HTTP {i.status}: {i.url}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every resource")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument(
        "--list-urls", action="store_true", help="print the pages' names and URLs (tab-separated) and stop"
    )
    parser.add_argument("--desk", metavar="USERNAME", help="also measure the president's desk, signed in as USERNAME")
    parser.add_argument("--password", default=DEMO_PASSWORD, help="the --desk account's password (default: the demo's)")
    args = parser.parse_args()

    urls = page_urls(args.base_url)
    session = login(args.base_url, args.desk, args.password) if args.desk else None
    desk = desk_urls(args.base_url, session) if session else []
    if args.list_urls:
        for name, url in urls + desk:
            print(f"{name}\t{url}")
        return 0 if len(urls) == len(PAGES) else 1
    pages = [measure_page(name, url) for name, url in urls]
    heading = f"Page weight, first visit, images excluded — {args.base_url} (KB; budget {kb(BUDGET)} KB gzip-6)"
    print_table(pages, heading, args.verbose)
    if desk:
        desk_pages = [measure_page(name, url, session) for name, url in desk]
        print()
        print_table(
            desk_pages,
            f"Chapter president's desk, signed in as {args.desk} — {args.base_url} "
            f"(KB; budget {kb(DESK_BUDGET)} KB gzip-6, no request to another host)",
            args.verbose,
        )
        pages += desk_pages
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(
                [
                    {
                        "page": p.name,
                        "url": p.url,
                        "within_budget": p.within_budget,
                        "raw": p.total("raw"),
                        "gzip6": p.total("gzip6"),
                        "served": p.total("served"),
                        "resources": [vars(i) for i in p.items],
                        "third_party": [{"kind": k, "url": u, "render_blocking": b} for k, u, b in p.third_party],
                        "fonts_not_fetched": p.fonts_skipped,
                    }
                    for p in pages
                ],
                out,
                ensure_ascii=False,
                indent=1,
            )
    return 0 if all(p.within_budget for p in pages) and len(urls) == len(PAGES) else 1


if __name__ == "__main__":
    sys.exit(main())
