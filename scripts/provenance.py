"""Where a learned data file under newsx/data/ came from, written into it by its training
script and checked by tests/test_provenance.py.

    "provenance": {
      "script": "scripts/train_lines.py",
      "commit": "<git commit the script ran at>",   (with "-dirty" for uncommitted changes)
      "devset_digest": "sha256:...",                  (scripts/devset.py digest())
      "features": "sha256:...",                       (feature_fingerprint())
      "hyper_parameters": {...},
      "renderings": [...], "sets": [...]
    }

The feature fingerprint hashes what the feature code computes, not its text: the feature
names and the vectors it gives a fixed set of probe pages (the samples, and an HTML page
made from them). A change to any code a model's inputs go through (features, rules, cues,
the renderer) changes the vectors of some probe line, and the shipped model no longer
matches the code until it is trained again; renaming a variable does not.
"""

from __future__ import annotations

import hashlib
import html
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsx.pipeline.page import Page

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
#: Vectors are rounded to this many decimals before hashing, so that the last bits of a
#: float (which BLAS builds may differ in) do not count as a change of definition.
DECIMALS = 6

#: What each shipped data file is fitted with: the file, the kind of fingerprint it takes.
MODELS = {
    "line_model.json": "text",
    "html_line_model.json": "html",
    "title_model.json": "title",
    "page_type_model.npz": "page_type",
    "line_net.npz": "line_net",
    "html_line_net.npz": "html_line_net",
}


def probe_texts() -> list[str]:
    """The text dumps the fingerprint is taken on: the samples, and the samples reversed
    line by line (the same lines in other neighbourhoods)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return texts + ["\n".join(reversed(t.splitlines())) for t in texts]


def probe_pages() -> list[str]:
    """HTML pages made from the samples: a navigation list, an <article> with an <h1>,
    paragraphs and a figure caption, an aside of links and a footer."""
    pages = []
    for text in probe_texts()[:2]:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        short = [html.escape(x) for x in lines if len(x.split()) < 8]
        long = [html.escape(x) for x in lines if len(x.split()) >= 8]
        nav = "".join(f"<li><a href='/{i}'>{x}</a></li>" for i, x in enumerate(short[:6]))
        paras = "".join(f"<p>{x}</p>" for x in long[1:])
        caption = f"<figure><figcaption>{long[0]}</figcaption></figure>" if long else ""
        side = "".join(f"<li><a href='/r{i}'>{x}</a></li>" for i, x in enumerate(short[6:]))
        pages.append(
            "<html><body><nav class='menu'><ul>" + nav + "</ul></nav>"
            f"<article class='post-content'><h1>{short[0] if short else ''}</h1>{caption}"
            f"{paras}</article><aside class='related'><ul>{side}</ul></aside>"
            "<footer>© Example</footer></body></html>"
        )
    return pages


def _html_probes() -> list[Page]:
    """The probe HTML pages, rendered as the stages read them."""
    from newsx.html.page import HtmlPage
    from newsx.html.render import parse, render_marked

    return [HtmlPage.from_rendered(*render_marked(parse(html))) for html in probe_pages()]


def _rows(kind: str) -> Iterator[list[float]]:
    from newsx.pipeline.labelling import classifier_inputs, gather_evidence
    from newsx.pipeline.page import Page

    if kind == "html":
        for page in _html_probes():
            yield from classifier_inputs(page, gather_evidence(page)).tolist()
        return
    if kind == "page_type":
        from newsx.pipeline.page_type import page_buckets, shape_counts

        for text in probe_texts():
            page = Page.from_text(text)
            found = sorted(page_buckets(page).items())
            yield [float(b) for b, _ in found] + [v for _, v in found] + shape_counts(page)
        return
    if kind in ("line_net", "html_line_net"):  # the rich features, then the hashed token ids
        import numpy as np

        from newsx.pipeline.rich_features import rich_features
        from newsx.pipeline.tokens import page_ids

        net_pages: list[Page] = (
            [Page.from_text(text) for text in probe_texts()]
            if kind == "line_net"
            else _html_probes()
        )
        for page in net_pages:
            ev = gather_evidence(page)
            base = classifier_inputs(page, ev).astype(np.float32)
            dense = rich_features(page, ev, base)
            ids, offsets = page_ids(page.lines)
            for k, row in enumerate(dense):
                yield [*row.tolist(), *ids[offsets[k] : offsets[k + 1]].tolist()]
        return
    for text in probe_texts():
        page = Page.from_text(text)
        if kind == "text":
            yield from classifier_inputs(page, gather_evidence(page)).tolist()
        else:
            from newsx.meta.headline import candidates
            from newsx.pipeline.stages import analyse

            layout = analyse(page).layout
            found = candidates(page, layout.decisions, layout.body)
            for c in found:
                yield list(c.vector)


def feature_names(kind: str) -> tuple[str, ...]:
    from newsx.html.page import HtmlPage
    from newsx.meta.headline import FEATURES as TITLE_FEATURES
    from newsx.pipeline.line_vectors import FEATURES
    from newsx.pipeline.page_type import SHAPES
    from newsx.pipeline.rich_features import RICH_FEATURES

    html = FEATURES + HtmlPage.markup_features
    names = {
        "text": FEATURES,
        "html": html,
        "title": TITLE_FEATURES,
        "page_type": SHAPES,
        "line_net": RICH_FEATURES,
        "html_line_net": RICH_FEATURES + HtmlPage.markup_features,
    }
    return names[kind]


def feature_fingerprint(kind: str) -> str:
    """A SHA-256 of the feature names of `kind` (a value of MODELS) and of the
    vectors the code gives the probe pages."""
    h = hashlib.sha256(json.dumps(feature_names(kind)).encode())
    for row in _rows(kind):
        h.update(json.dumps([round(float(x), DECIMALS) for x in row]).encode())
    return "sha256:" + h.hexdigest()


def training_commit() -> str:
    """The commit the training ran at, "-dirty" when the package's code or the scripts had
    changes (the data files the training scripts write do not count)."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    commit = git("rev-parse", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "newsx", "scripts", ":!newsx/data")
    return commit + ("-dirty" if dirty else "")


def provenance(
    script: str, kind: str, devset: Path, hyper: dict[str, Any], **more: Any
) -> dict[str, Any]:
    """The provenance block a training script writes into its data file."""
    from devset import digest

    return {
        "script": script,
        "commit": training_commit(),
        "devset_digest": digest(devset),
        "features": feature_fingerprint(kind),
        "hyper_parameters": hyper,
        **more,
    }
