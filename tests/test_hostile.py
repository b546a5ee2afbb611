"""The hostile-input suite: one case for each kind of broken input a real crawl holds.

Each case builds its input in a temporary folder and runs `newsx extract` on it beside a
good page (in-process, with click's CliRunner). It checks the documented message or record
and the exit status; the good page's record shows that the batch went on.

Two kinds of case live elsewhere because they need real processes: pathological line shapes
(a 1 MB line, 100,000 blank lines, "By By By...") run under a time limit in
test_slowness.py, and Ctrl-C, SIGTERM and closed pipes in test_cli.py.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsx.cli import main
from newsx.records import DEFAULT_MAX_SIZE

HEADLINE = "Harbour city opens new ferry terminal"

#: A paragraph in each legacy encoding the issue names, long enough to detect.
LEGACY: dict[str, str] = {
    "gb18030": "北京——中俄两国周四在北京举行第六轮战略安全磋商，双方表示将进一步增进政治互信，"
    "加强在地区和国际事务中的协调与合作。专家认为，两国关系正处于历史最好时期，双方在能源、"
    "贸易和人文交流等领域的合作不断深化。",
    "big5": "臺北市政府週二宣布，新的捷運路線將於明年年底通車，預計每天可載運超過二十萬名乘客。"
    "市長表示，這條路線將大幅改善市區東側的交通狀況，並帶動沿線的經濟發展。交通專家認為，"
    "票價與轉乘的設計將決定路線能否成功。",
    "shift_jis": "東京都は火曜日、新しい地下鉄路線を来年末に開業すると発表した。一日あたり"
    "二十万人以上の乗客を見込んでいる。知事は、この路線によって都心東部の交通事情が大きく"
    "改善され、沿線の経済発展にもつながると述べた。専門家は運賃と乗り換えの設計が成功の鍵に"
    "なると指摘している。",
    "euc-kr": "서울시는 화요일 새로운 지하철 노선을 내년 말에 개통한다고 발표했다. 하루 이십만 명 "
    "이상의 승객이 이용할 것으로 예상된다. 시장은 이 노선이 도심 동부의 교통 사정을 크게 개선하고 "
    "노선 주변의 경제 발전에도 도움이 될 것이라고 말했다. 전문가들은 요금과 환승 설계가 성공의 "
    "열쇠라고 지적했다.",
    "windows-1251": "Мэрия Москвы во вторник объявила, что новая линия метро откроется в конце "
    "следующего года и будет перевозить более двухсот тысяч пассажиров в день. По словам мэра, "
    "линия заметно улучшит транспортную ситуацию на востоке города и поможет развитию районов "
    "вдоль неё. Эксперты считают, что успех зависит от цен на билеты и удобства пересадок.",
    "koi8-r": "Мэрия Москвы во вторник объявила, что новая линия метро откроется в конце "
    "следующего года и будет перевозить более двухсот тысяч пассажиров в день. По словам мэра, "
    "линия заметно улучшит транспортную ситуацию на востоке города и поможет развитию районов "
    "вдоль неё. Эксперты считают, что успех зависит от цен на билеты и удобства пересадок.",
    "windows-1252": "Le maire a inauguré mardi le nouveau terminal de ferry dans le vieux port, "
    "avec trois ans de retard sur le calendrier prévu. « C’est une journée très importante pour "
    "notre ville », a déclaré l’élu – devant une foule nombreuse. Le coût dépasse 40 millions "
    "d’euros (40 €M).",
    "latin-1": "Der Bürgermeister eröffnete am Dienstag das neue Fährterminal im alten Hafen der "
    "Stadt, drei Jahre später als geplant. Die Händler im Viertel begrüßten die Eröffnung und "
    "hoffen auf mehr Kundschaft; die Kosten haben sich fast verdoppelt, was die Opposition "
    "scharf kritisierte.",
}

ENGLISH = (
    "The long-awaited ferry terminal in the old harbour opened to passengers on Tuesday, three "
    "years later than the city had promised. Officials said the building cost almost twice the "
    "original budget, but they expect it to carry more than a million travellers a year."
)


def page_of(paragraph: str) -> str:
    """A small page: a menu, the headline, the paragraph and its first half again."""
    return (
        f"Home | News | World\n\n{HEADLINE}\n\n{paragraph}\n\n{paragraph[: len(paragraph) // 2]}.\n"
    )


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["extract", "-q", *args], input=input, catch_exceptions=False)


def records(result: Result) -> dict[str, dict[str, Any]]:
    return {r["path"]: r for r in map(json.loads, result.stdout.splitlines())}


@pytest.fixture
def good(tmp_path: Path) -> str:
    path = tmp_path / "good.txt"
    path.write_text(page_of(ENGLISH), encoding="utf-8")
    return str(path)


def batch(bad: str | Path, good: str, *options: str) -> tuple[Result, dict[str, dict[str, Any]]]:
    """`newsx extract -f jsonl` over the bad input and the good page."""
    result = run("-f", "jsonl", *options, str(bad), good)
    got = records(result)
    assert got[good]["title"] == HEADLINE  # the batch went on
    return result, got


def refused(result: Result, bad: str | Path, reason: str) -> None:
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"newsx: {bad}: {reason}"]
    assert "Traceback" not in result.output


# --- decoding ---


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (b"", "utf-8", "utf-8"),
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    ],
)
def test_unicode_with_or_without_bom(
    tmp_path: Path, good: str, bom: bytes, codec: str, name: str
) -> None:
    bad = tmp_path / "unicode.txt"
    bad.write_bytes(bom + page_of(LEGACY["windows-1252"]).encode(codec))
    result, got = batch(bad, good)
    assert result.exit_code == 0
    record = got[str(bad)]
    assert record["encoding"] == name and record["decode_errors"] == 0
    assert record["body"].startswith(LEGACY["windows-1252"])
    assert not record["title"].startswith("\ufeff")


@pytest.mark.parametrize("codec", list(LEGACY))
def test_legacy_encodings_are_detected(tmp_path: Path, good: str, codec: str) -> None:
    bad = tmp_path / "legacy.txt"
    bad.write_bytes(page_of(LEGACY[codec]).encode(codec))
    result, got = batch(bad, good)
    assert result.exit_code == 0
    record = got[str(bad)]
    assert record["body"].startswith(LEGACY[codec]), record["encoding"]
    assert record["decode_errors"] == 0
    # The name may be a superset that reads these bytes the same (cp932 for Shift_JIS).
    assert (page_of(LEGACY[codec]).encode(codec)).decode(record["encoding"]) == page_of(
        LEGACY[codec]
    )


def test_forced_encoding(tmp_path: Path, good: str) -> None:
    bad = tmp_path / "forced.txt"
    bad.write_bytes(page_of(LEGACY["koi8-r"]).encode("koi8-r"))
    result, got = batch(bad, good, "--encoding", "koi8-r")
    assert result.exit_code == 0
    assert got[str(bad)]["encoding"] == "koi8-r"
    assert got[str(bad)]["body"].startswith(LEGACY["koi8-r"])


def test_undecodable_bytes_are_replaced_and_the_record_says_so(tmp_path: Path, good: str) -> None:
    data = page_of(LEGACY["latin-1"]).encode("utf-8")
    cut = data.index(" eröffnete".encode())
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(data[:cut] + b"\xff\xfe" + data[cut:])
    result, got = batch(damaged, good)
    assert result.exit_code == 0
    record = got[str(damaged)]
    assert (record["encoding"], record["decode_errors"]) == ("utf-8", 2)
    assert "Bürgermeister\ufffd\ufffd eröffnete" in record["body"]
    shown = run("-f", "text", str(damaged)).stdout
    assert "bad bytes  2" in shown.splitlines()


def test_forced_encoding_replaces_what_it_cannot_read(tmp_path: Path, good: str) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(page_of(LEGACY["latin-1"]).encode("latin-1"))
    result, got = batch(latin, good, "--encoding", "utf-8")
    assert result.exit_code == 0
    # Every Latin-1 letter above ASCII is a byte UTF-8 cannot read.
    assert got[str(latin)]["decode_errors"] == sum(ch > "\x7f" for ch in page_of(LEGACY["latin-1"]))


# --- not text ---


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"Harbour\x00city\x00opens\x00" * 100, id="nul-bytes"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), id="png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), id="jpeg"),
        pytest.param(b"GIF89a\x01\x00\x01\x00\x80\x00\x00", id="gif"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00", id="zip"),
        pytest.param(b"\x7fELF\x02\x01\x01\x00" + bytes(64), id="elf"),
        pytest.param(gzip.compress(b"%PDF-1.7\n"), id="gzipped-pdf"),
    ],
)
def test_binaries_are_not_text(tmp_path: Path, good: str, data: bytes) -> None:
    bad = tmp_path / "binary.txt"
    bad.write_bytes(data)
    result, _ = batch(bad, good)
    refused(result, bad, "not a text file")


def test_gzip_is_decompressed(tmp_path: Path, good: str) -> None:
    packed = tmp_path / "page.txt.gz"
    packed.write_bytes(gzip.compress(page_of(LEGACY["gb18030"]).encode("gb18030")))
    plain = tmp_path / "page.txt"
    plain.write_bytes(page_of(LEGACY["gb18030"]).encode("gb18030"))
    result, got = batch(packed, good)
    assert result.exit_code == 0
    unpacked = records(run("-f", "jsonl", str(plain)))[str(plain)]
    assert {**got[str(packed)], "path": None} == {**unpacked, "path": None}


def test_broken_gzip(tmp_path: Path, good: str) -> None:
    bad = tmp_path / "cut.txt.gz"
    bad.write_bytes(gzip.compress(page_of(ENGLISH).encode())[:30])
    result, _ = batch(bad, good)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"newsx: {bad}: broken gzip data: ")
    assert result.stderr.count("\n") == 1


# --- empty and too large ---


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\r\n", "\u3000\n".encode(), b"\xef\xbb\xbf"])
def test_empty_or_whitespace_only(tmp_path: Path, good: str, data: bytes) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(data)
    result, _ = batch(bad, good)
    refused(result, bad, "empty file")


def test_over_max_size(tmp_path: Path, good: str) -> None:
    bad = tmp_path / "big.txt"
    bad.write_text(page_of(ENGLISH) * 10, encoding="utf-8")
    size = bad.stat().st_size
    result, _ = batch(bad, good, "--max-size", "1K")
    refused(result, bad, f"file too large ({size:,} bytes; the limit is 1,024)")


def test_default_max_size_is_50_mb(tmp_path: Path, good: str) -> None:
    bad = tmp_path / "huge.txt"
    with bad.open("wb") as fp:
        fp.truncate(DEFAULT_MAX_SIZE + 1)  # sparse: refused by its size before it is read
    result, _ = batch(bad, good)
    refused(result, bad, "file too large (52,428,801 bytes; the limit is 52,428,800)")


def test_stdin_over_max_size(good: str) -> None:
    result = run("-f", "jsonl", "--max-size", "1K", "-", good, input=b"x" * 1025)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["newsx: -: input too large (more than 1,024 bytes)"]
    assert len(records(result)) == 1


# --- files that cannot be read ---


def test_unreadable_file(tmp_path: Path, good: str, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "locked.txt"
    bad.write_text(page_of(ENGLISH), encoding="utf-8")
    bad.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a user
        real = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self == bad:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result, _ = batch(bad, good)
    refused(result, bad, "permission denied")


def test_missing_file(tmp_path: Path, good: str) -> None:
    result, _ = batch(tmp_path / "gone.txt", good)
    refused(result, tmp_path / "gone.txt", "no such file")


def test_folder_where_a_file_is_expected(tmp_path: Path, good: str) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    top = tmp_path / "top"
    (top / "x.txt").mkdir(parents=True)  # a folder with a page's name: not taken for a page
    result = run("-f", "jsonl", "--glob", "*.txt", str(top), good)
    refused(result, top, "no files matching *.txt")
    assert CliRunner().invoke(main, ["explain", str(folder)]).exit_code == 2
    output_is_a_folder = CliRunner().invoke(main, ["extract", "-o", str(folder), good])
    assert output_is_a_folder.exit_code == 2
    assert "is a directory" in output_is_a_folder.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_symlink_loops_under_recursive(tmp_path: Path, good: str) -> None:
    root = tmp_path / "crawl"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "page.txt").write_text(page_of(ENGLISH), encoding="utf-8")
    os.symlink(root, root / "sub" / "back")  # a folder loop
    os.symlink("self.txt", root / "self.txt")  # a file link to itself
    result = run("-f", "jsonl", "-r", str(root), good)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"newsx: {root / 'self.txt'}: too many levels of symbolic links",
        f"newsx: {root / 'sub' / 'back'}: symbolic link loop",
    ]
    assert set(records(result)) == {str(root / "sub" / "page.txt"), good}


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names")
def test_file_name_not_valid_utf8(tmp_path: Path, good: str) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "fine.txt").write_text(page_of(ENGLISH), encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as fp:
        fp.write(page_of(ENGLISH).encode())
    result = run("-f", "jsonl", str(folder), good)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"newsx: {folder}/caf\\xe9.txt: file name is not valid UTF-8"
    ]
    assert set(records(result)) == {str(folder / "fine.txt"), good}


# --- output ---


def test_output_file_holds_the_whole_batch_or_nothing(tmp_path: Path, good: str) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = run("-f", "jsonl", "-o", str(out), str(bad), good)
    assert result.exit_code == 1 and result.stdout == ""
    assert [r["path"] for r in map(json.loads, out.read_text().splitlines())] == [good]
    nowhere = tmp_path / "missing" / "out.jsonl"
    failed = CliRunner().invoke(main, ["extract", "-o", str(nowhere), good])
    assert failed.exit_code != 0 and not nowhere.parent.exists()
    assert "Traceback" not in failed.output


def test_output_dir_writes_one_whole_file_per_good_input(tmp_path: Path, good: str) -> None:
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00" * 100)
    out = tmp_path / "out"
    result = run("-f", "json", "--output-dir", str(out), str(bad), good)
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]
    assert json.loads((out / "good.json").read_text())["title"] == HEADLINE


def test_every_format_survives_a_bad_input(tmp_path: Path, good: str) -> None:
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    outputs = {fmt: run("-f", fmt, str(bad), good) for fmt in ("json", "jsonl", "csv", "text")}
    for fmt, result in outputs.items():
        assert result.exit_code == 1, fmt
        assert result.stderr.splitlines() == [f"newsx: {bad}: not a text file"], fmt
    assert [r["title"] for r in json.loads(outputs["json"].stdout)] == [HEADLINE]
    assert [r["title"] for r in records(outputs["jsonl"]).values()] == [HEADLINE]
    rows = list(csv.DictReader(io.StringIO(outputs["csv"].stdout)))
    assert [r["title"] for r in rows] == [HEADLINE]
    assert outputs["text"].stdout.startswith(HEADLINE)
