"""The development set as the training and evaluation scripts see it: pages, sites, folds.

A page is one gold record of ../shared/devset/SET/gold.jsonl with the text files rendered
from it: `text/seedlike/ID.txt` and `text/inscriptis/ID.txt` beside the gold, plus any
renderings `scripts/render_more.py` wrote into an extra directory (EXTRA/SET/RENDERER/ID.txt).
Folds are split by site so that no site's pages are both trained on and scored.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEVSET = ROOT.parent / "shared" / "devset"
#: The sets the models are trained on.
SETS = ("wcxb-dev", "traf-a")
#: The sets the evaluation scores: the training sets, and the pages of other types (forums,
#: products, listings...) that no model or rule was fitted on yet.
SCORED_SETS = ("wcxb-dev", "wcxb-dev-other", "traf-a")
RENDERINGS = ("seedlike", "inscriptis")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    set: str
    id: str
    site: str
    gold: dict[str, object] = field(repr=False)
    texts: dict[str, Path] = field(repr=False)
    """Rendering name -> text file."""


def tokens(text: str | None) -> list[str]:
    """Words as the shared scorer counts them."""
    return WORD.findall(unicodedata.normalize("NFKC", text or "").lower())


def site(url: object, page_id: str) -> str:
    """The site a page comes from: folds never split one site's pages."""
    if not url or not isinstance(url, str):
        return page_id
    host = urlparse(url).netloc or url.split("::")[-1].split("-")[0]
    if host == "web.archive.org":  # an archived copy: the site is the archived URL's host
        archived = url.split("/", 5)[-1]
        host = urlparse(archived if "://" in archived else "http://" + archived).netloc or host
    return host.removeprefix("www.")


def load_pages(devset: Path, extra: Path | None = None, sets: tuple[str, ...] = SETS) -> list[Page]:
    pages = []
    for name in sets:
        set_dir = devset / name
        more = extra / name if extra else None  # a set render_more.py skipped has none
        extra_dirs: list[Path] = []
        if more is not None and more.is_dir():
            extra_dirs = sorted(d for d in more.iterdir() if d.is_dir())
        for line in (set_dir / "gold.jsonl").open(encoding="utf-8"):
            g = json.loads(line)
            texts = {r: set_dir / "text" / r / f"{g['id']}.txt" for r in RENDERINGS}
            for d in extra_dirs:
                texts[d.name] = d / f"{g['id']}.txt"
            texts = {r: p for r, p in texts.items() if p.exists()}
            pages.append(Page(name, g["id"], site(g.get("url"), g["id"]), g, texts))
    return pages


#: The rendering name of a page's original HTML file (html_file), beside the text renderings.
HTML = "html"


def html_file(devset: Path, page: Page) -> Path:
    """Where a page's original HTML is: SET/html/ID.html.gz (it may not exist)."""
    return devset / page.set / "html" / f"{page.id}.html.gz"


def with_html(devset: Path, page: Page) -> Page:
    """The page with its original HTML file as one more rendering, HTML, where it has one."""
    path = html_file(devset, page)
    return replace(page, texts={**page.texts, HTML: path}) if path.exists() else page


def digest(devset: Path, sets: tuple[str, ...] = SCORED_SETS) -> str:
    """A SHA-256 of every file the evaluation reads (gold, text renderings, HTML), by path
    and content: the gate's floors hold for the devset with this digest only."""
    h = hashlib.sha256()
    for name in sets:
        root = devset / name
        files = [root / "gold.jsonl"]
        for sub in ("text/seedlike", "text/inscriptis", "html"):
            files += sorted((root / sub).iterdir()) if (root / sub).is_dir() else []
        for path in files:
            data = path.read_bytes()
            h.update(f"{path.relative_to(devset).as_posix()}\0{len(data)}\0".encode())
            h.update(data)
    return "sha256:" + h.hexdigest()


def fold_of(site_name: str, folds: int) -> int:
    """A stable fold for a site (a hash, so adding pages does not reshuffle the others)."""
    digest = hashlib.sha1(site_name.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % folds
