"""The web page in Debian's headless chromium: click through a story, check highlights, prove escaping."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from silang.server import create_app
from silang.store import ingest

CHROMIUM = os.environ.get("SILANG_CHROMIUM", "/usr/bin/chromium")
SEEDS = sorted(Path("/work/shared/corpora/seeds").glob("*.txt"))
OUT = Path(__file__).resolve().parents[1] / "test-output"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAYLOAD = "window.__pwned = (window.__pwned || 0) + 1"
XSS = {
    "id": "xss-1",
    "url": "https://example.org/xss",
    "title": f'Banjir <img src=x onerror="{PAYLOAD}"> <script>{PAYLOAD}</script>',
    "outlet": "<b onmouseover=alert(1)>outlet</b>",
    "text": (
        f"Banjir besar melanda Kota Contoh pada Senin. <script>{PAYLOAD}</script>\n"
        f'Warga mengatakan, "Air naik cepat <img src=x onerror="{PAYLOAD}"> sekali," kata Budi.\n'
        f'<svg onload="{PAYLOAD}"></svg> Sebanyak 300 rumah terendam. <a href="javascript:{PAYLOAD}">x</a>\n'
    ),
}

XSS_URL = dict(XSS, id="xss-2", url=f"javascript:{PAYLOAD}", text=XSS["text"] + "Kabar lanjutan.")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM} (apt-get install chromium)"),
]
os.environ.setdefault("SILANG_STRICT", "1")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A uvicorn server on loopback over a store with the seeds and a hostile article."""
    import uvicorn

    db = str(tmp_path_factory.mktemp("web") / "web.db")
    ingest(SEEDS, db)
    ingest([XSS, XSS_URL], db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(url + "/api/stories", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=ARGS, viewport={"width": 1400, "height": 1000}
        )
        yield context
        context.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    p = browser.new_page()
    p.dialogs = []  # type: ignore[attr-defined]
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield p
    p.close()


def _marks(page: Any) -> list[str]:
    return [str(t) for t in page.locator("#evidence-body mark").all_inner_texts()]


def _span_texts(spans: list[dict[str, Any]]) -> set[str]:
    return {s["text"].strip() for s in spans}


def test_click_through_the_seeds_story(page: Any, base_url: str) -> None:
    stories = httpx.get(base_url + "/api/stories").json()["items"]
    biggest = max(stories, key=lambda s: s["size"])
    data = httpx.get(f"{base_url}/api/stories/{biggest['id']}").json()
    story = data["stories"][0]

    page.goto(base_url + "/")
    page.wait_for_selector("[data-testid=story]")
    assert page.locator("[data-testid=story]").count() == len(stories)
    page.get_by_role("link", name=biggest["title"]).click()
    page.wait_for_selector("#articles")

    # Fact sheet: one row per fact, a status badge each; a click shows exactly its evidence.
    facts = page.locator("[data-testid=fact]")
    assert facts.count() == len(story["facts"]) > 0
    assert page.locator("#facts .badge").count() == len(story["facts"])
    for i in (0, len(story["facts"]) - 1):
        facts.nth(i).click()
        assert page.locator("#evidence").is_visible()
        assert set(m.strip() for m in _marks(page)) == _span_texts(story["facts"][i]["evidence"])

    # Conflicts: every side shown with its evidence highlighted in its own article's text.
    conflicts = page.locator("[data-testid=conflict]")
    assert conflicts.count() == len(story["conflicts"])
    for i, c in enumerate(story["conflicts"]):
        box = conflicts.nth(i)
        assert box.locator("[data-testid=side]").count() == len(c["sides"])
        shown = {m.strip() for m in box.locator("mark").all_inner_texts()}
        assert shown == _span_texts([s for side in c["sides"] for s in side["evidence"]])
        box.click()
        assert {m.strip() for m in _marks(page)} == shown

    # Quotes grouped by speaker, every variant listed; a click highlights all wordings.
    variants = page.locator("[data-testid=quote] li")
    assert variants.count() == sum(len(q["variants"]) for q in story["quotes"])
    if story["quotes"]:
        variants.first.click()
        assert _marks(page)

    if story["timeline"]:
        assert page.locator("[data-testid=timeline] .dot").count() >= 1
    assert page.locator("[data-testid=graph] .node").count() >= len(story["articles"])

    # Chrome removed, shown on demand.
    with_chrome = [a for a in data["articles"] if a["boilerplate"]]
    if with_chrome:
        card = page.locator(f"[data-testid=article][data-article='{with_chrome[0]['id']}']")
        assert not card.locator(".chrome").first.is_visible()
        card.locator("[data-testid=chrome-toggle]").click()
        assert card.locator(".chrome").count() == len(with_chrome[0]["boilerplate"])
        assert card.locator(".chrome").first.is_visible()

    facts.first.click()
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "story.png"), full_page=False)
    assert page.dialogs == []


STRAY = (
    "[...document.querySelectorAll('#view, #view *')].flatMap(e => [...e.childNodes])"
    ".filter(n => n.nodeType === 3 && /^(null|undefined|NaN)$/.test(n.textContent.trim())).length"
)


def test_every_story_page_checks_and_filter(page: Any, base_url: str) -> None:
    stories = httpx.get(base_url + "/api/stories").json()["items"]
    for s in stories:
        data = httpx.get(f"{base_url}/api/stories/{s['id']}").json()
        page.goto(f"{base_url}/#/story/{s['id']}")
        page.wait_for_selector("body[data-ready='1']")
        page.wait_for_selector("#articles")
        assert page.evaluate(STRAY) == 0, "a missing section is left out, not shown as null"
        checks = data["stories"][0]["checks"]
        if not checks:
            continue
        texts = {a["id"]: a["source_text"] for a in data["articles"]}
        rows = page.locator("[data-testid=check]")
        assert rows.count() == len(checks)
        rows.first.click()
        c = checks[0]
        assert _marks(page) == [texts[c["article"]][c["start"] : c["end"]]]
    page.goto(base_url + "/#/?min=2")
    page.wait_for_selector("main p.muted >> text=only stories told by 2+ articles", state="detached")
    page.wait_for_selector("text=show single-article stories too")
    shown = page.locator("[data-testid=story]").count()
    assert shown == sum(1 for s in stories if s["size"] >= 2)


@pytest.mark.parametrize("route", ["/#/", "/#/article/xss-1", "/#/search?q=Banjir", "/#/search?q=onerror"])
def test_hostile_article_text_never_runs(page: Any, base_url: str, route: str) -> None:
    story_id = httpx.get(base_url + "/api/articles/xss-1").json()["story"]
    for url in (base_url + route, f"{base_url}/#/story/{story_id}"):
        page.goto(url)
        page.wait_for_selector("body[data-ready='1']")
        page.wait_for_timeout(300)
        if "story" in url:
            for row in page.locator("[data-testid=fact]").all():
                row.click()
            page.locator("[data-testid=article] button").first.click()
        assert page.evaluate("window.__pwned") is None
        assert page.dialogs == []
        assert (
            page.locator("#view img, #view script, #view svg [onload], #view [onerror], #view [onmouseover]").count()
            == 0
        )
        assert page.evaluate("document.scripts.length") == 1
    # A javascript: URL is never a link.
    page.goto(base_url + f"/#/story/{story_id}")
    page.wait_for_selector("#articles")
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("#articles").get_by_text("javascript:window.__pwned").count() >= 1
    # The payload is shown as text, literally.
    page.goto(base_url + "/#/article/xss-1")
    page.wait_for_selector("h1")
    assert "<img src=x onerror=" in page.locator("h1").inner_text()
    assert "<script>" in page.locator("#view").inner_text()
