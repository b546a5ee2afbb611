"""newsx.io.warc: the pages of WARC and WET files, built here with warcio's writer."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsx.cli import main
from newsx.io import warc

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "samples").glob("*.txt"))
URLS = [f"https://example.com/news/{i}" for i in range(len(SAMPLES))]


def write_warc(path: Path, *, wet: bool = False, compress: bool = True) -> None:
    with path.open("wb") as fp:
        writer = WARCWriter(fp, gzip=compress)
        for url, sample in zip(URLS, SAMPLES):
            payload = io.BytesIO(sample.read_bytes())
            if wet:
                record = writer.create_warc_record(
                    url, "conversion", payload=payload, warc_content_type="text/plain"
                )
            else:
                http = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1"
                )
                writer.write_record(
                    writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1"))
                )
                record = writer.create_warc_record(
                    url, "response", payload=payload, http_headers=http
                )
            writer.write_record(record)
            if not wet:  # an image and a redirect: not pages
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], "HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(
                        url + ".png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image
                    )
                )
                moved = StatusAndHeaders("301 Moved", [("Location", url)], "HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(
                        url + "/old", "response", payload=io.BytesIO(b""), http_headers=moved
                    )
                )


def records(*args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["extract", "-q", "-f", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def without_origin(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("path", "url", "warc_date")}


def test_warc_and_wet_give_the_text_files_records_plus_url_and_date(tmp_path: Path) -> None:
    plain = [without_origin(r) for r in records(*map(str, SAMPLES))]
    for name, wet in (("crawl.warc.gz", False), ("crawl.wet.gz", True)):
        archive = tmp_path / name
        write_warc(archive, wet=wet)
        got = records(str(archive))
        assert [without_origin(r) for r in got] == plain
        assert [r["url"] for r in got] == URLS
        assert all(r["warc_date"] and r["warc_date"].startswith("20") for r in got)
        assert [r["path"] for r in got] == [f"{archive}#1", f"{archive}#2"]


def test_uncompressed_warc_and_html_pages(tmp_path: Path) -> None:
    archive = tmp_path / "one.warc"
    with archive.open("wb") as fp:
        writer = WARCWriter(fp, gzip=False)
        html = (
            b"<!DOCTYPE html><html><head><link rel='canonical' href='https://example.com/c'>"
            b"</head><body><h1>Harbour city opens new ferry terminal</h1><p>The long-awaited "
            b"ferry terminal in the old harbour opened to passengers on Tuesday, three years "
            b"later than the city had promised.</p></body></html>"
        )
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://example.com/a?x=1", "response", payload=io.BytesIO(html), http_headers=http
        )
        writer.write_record(record)
    [got] = records(str(archive))
    assert got["title"] == "Harbour city opens new ferry terminal"
    assert got["url"] == "https://example.com/a?x=1"  # the archive's URI, not the canonical


def test_pages_are_read_one_at_a_time(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive)
    it = warc.pages(str(archive), max_size=10**6)
    first = next(it)
    assert (first.number, first.url, first.error) == (1, URLS[0], None)
    assert first.data == SAMPLES[0].read_bytes()


def test_broken_archives_and_big_pages(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive)
    data = archive.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 2])
    result = CliRunner().invoke(main, ["extract", "-q", "-f", "jsonl", str(cut)])
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output
    junk = tmp_path / "junk.warc"
    junk.write_bytes(gzip.compress(b"not an archive at all\n" * 10))
    result = CliRunner().invoke(main, ["extract", "-q", "-f", "jsonl", str(junk)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"newsx: {junk}#1: broken archive: ")
    small = CliRunner().invoke(main, ["extract", "-q", "--max-size", "1K", str(archive)])
    assert small.exit_code == 1
    assert f"newsx: {archive}#1: archived page too large (more than 1,024 bytes)" in small.stderr


def test_missing_archive(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "-q", str(tmp_path / "gone.warc.gz")])
    assert result.exit_code == 1
    assert result.stderr == f"newsx: {tmp_path / 'gone.warc.gz'}: no such file\n"


def test_an_archive_cut_inside_a_header_fails_alone(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(archive.read_bytes()[:100])
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["extract", "-q", str(archive), str(cut), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"newsx: {cut}#1: broken archive: ")
    assert [r["url"] for r in json.loads(out.read_text())] == URLS


def test_one_archive_gives_a_json_array(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive)
    result = CliRunner().invoke(main, ["extract", "-q", "-f", "json", str(archive)])
    assert result.exit_code == 0
    assert [r["url"] for r in json.loads(result.stdout)] == URLS


def test_an_archive_without_pages_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", "-q", str(empty)])
    assert result.exit_code == 1
    assert result.stderr == f"newsx: {empty}#1: no pages in this archive\n"


RELATIVE_PAGE = """World

Harbour city opens new ferry terminal

By Jane Doe | 2 days ago

The long-awaited ferry terminal in the old harbour opened to passengers on Tuesday, three
years later than the city had promised.

Officials said the building cost almost twice the original estimate, and the council will
review the contracts next month.
"""


def test_relative_dates_count_back_from_the_capture_date(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.wet.gz"
    with archive.open("wb") as fp:
        writer = WARCWriter(fp, gzip=True)
        record = writer.create_warc_record(
            "https://example.com/harbour",
            "conversion",
            payload=io.BytesIO(RELATIVE_PAGE.encode()),
            warc_content_type="text/plain",
            warc_headers_dict={"WARC-Date": "2024-03-10T08:00:00Z"},
        )
        writer.write_record(record)
    (got,) = records(str(archive))
    assert (got["warc_date"], got["published"]) == ("2024-03-10T08:00:00Z", "2024-03-08")
    (fixed,) = records("--reference-date", "2024-05-01", str(archive))
    assert fixed["published"] == "2024-04-29"  # the option wins over the capture date
