"""Find dates, with their times and roles, in one line of a news-page dump.

All patterns are compiled at import and use only bounded quantifiers, none inside a
repeated group, so a line costs time linear in its length whatever it holds.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


class DateRole(enum.Enum):
    """What the text just before a date says it is."""

    PUBLISHED = "published"
    UPDATED = "updated"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class DateHit:
    """One date in a line: ISO 8601 with only the parts the text gives, and its span."""

    iso: str
    role: DateRole
    start: int
    end: int


#: Years outside this range are prices, counts or IDs in news dumps, not dates.
MIN_YEAR = 1990
MAX_YEAR = 2100
#: Two-digit years below this are 20xx, the rest 19xx, so "95" is 1995 and "11" is 2011.
CENTURY_PIVOT = MIN_YEAR % 100
#: How many characters before a date a "Published"/"Updated" label may start: enough for
#: "Last updated on Thursday, " but not for a label that belongs to the previous sentence.
ROLE_WINDOW = 40
#: How many characters before a date a leading time may start ("08:30 a.m. EST, Oct 21").
TIME_BEFORE_WINDOW = 24
#: How many characters before a date a weekday may start ("Donnerstag, 21. Oktober").
WEEKDAY_WINDOW = 16
#: How many characters before a relative number "vor", "il y a" or "hace" may start.
REL_PRE_WINDOW = 10
#: Months run to 12: a larger first or second number tells the day.
MAX_MONTH = 12
#: Month-name dates that tell a page's date order are looked for on lines up to this long:
#: headers, bylines and teasers, not whole paragraphs.
MONTH_VOTE_MAX_CHARS = 200
#: Real UTC offsets run from -12:00 to +14:00; larger ones are ranges or other numbers.
MAX_OFFSET_HOURS = 14

# One string per month: every name, genitive and abbreviation in the supported languages.
_MONTH_WORDS = (
    "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari"
    " январь января январе янв",
    "february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari"
    " февраль февраля феврале фев",
    "march mar märz maerz marz mär mrz mars marzo março marco maart mrt март марта марте",
    "april apr avril avr abril abr aprile апрель апреля апреле",
    "may mai mayo maggio mag maio mei май мая мае",
    "june jun juni juin junio giugno giu junho июнь июня июне июн",
    "july jul juli juillet juil julio luglio lug julho июль июля июле июл",
    "august aug août aout agosto ago augustus август августа августе авг",
    "september sep sept septembre septiembre setiembre settembre set setembro сентябрь"
    " сентября сентябре сен",
    "october oct oktober okt octobre octubre ottobre ott outubro out октябрь октября октябре окт",
    "november nov novembre noviembre novembro ноябрь ноября ноябре нояб ноя",
    "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro декабрь"
    " декабря декабре дек",
)
_MONTHS = {w: i for i, words in enumerate(_MONTH_WORDS, 1) for w in words.split()}
# Month words that are also common words or names ("two days ago", "set", "Marco"): taken
# only after a day number ("21 ago 2011"), never as "ago 2011" or "set 21, 2011".
_WORDLIKE_MONTHS = frozenset({"ago", "set", "out", "gen", "mag", "marco"})
_WEEKDAYS = (  # split where used
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs"
    " fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi"
    " mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado"
    " domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda-feira terça-feira"
    " quarta-feira quinta-feira sexta-feira maandag dinsdag woensdag donderdag vrijdag zaterdag"
    " zondag понедельник вторник среда четверг пятница суббота воскресенье"
)
# Zone abbreviations with one meaning in news. Ambiguous ones (ET and PT: standard or
# daylight? CST: US or China? IST: India, Israel or Ireland?) are part of the time's span
# but give no offset.
_TZ_HOURS: dict[str, int | None] = {
    "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
    "PDT": -7, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "BST": 1, "EET": 2, "EEST": 3,
    "MSK": 3, "HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
    "ET": None, "CT": None, "PT": None, "CST": None, "IST": None,
}  # fmt: skip
_UNITS = (
    (60, "minute minutes min mins minuten minutos minuto minuti minuut минуту минуты минут 分钟"),
    (3600, "hour hours hr hrs stunde stunden heure heures hora horas ora ore uur час часа часов"
     " 小时"),
    (86400, "day days tag tagen jour jours día días dia dias giorno giorni dag dagen день дня"
     " дней 天"),
    (604800, "week weeks woche wochen semaine semaines semana semanas settimana settimane weken"
     " неделю недели недель 周 星期"),
)  # fmt: skip
_UNIT_DELTA = {w: datetime.timedelta(seconds=sec) for sec, ws in _UNITS for w in ws.split()}
_ONE_WORDS = "a an one ein einem einer un une una um uma een"  # "a day ago", "vor einem Tag"
_DAY_WORDS = {
    "today": 0, "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "oggi": 0, "hoje": 0,
    "vandaag": 0, "сегодня": 0, "今天": 0, "yesterday": 1, "gestern": 1, "ayer": 1, "ieri": 1,
    "ontem": 1, "gisteren": 1, "вчера": 1, "昨天": 1,
}  # fmt: skip
_ZH_DAYS = ("今天", "昨天")  # CJK has no spaces, so these need no word boundaries


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so prefixes don't win.

    A one-character lookahead on the first letters comes first: sre tries every branch at
    every position otherwise, which is slow on long lines.
    """
    ws = sorted(set(words), key=len, reverse=True)
    firsts = "".join(sorted({re.escape(c) for w in ws for c in (w[0].lower(), w[0].upper())}))
    return f"(?=[{firsts}])(?:{'|'.join(re.escape(w) for w in ws)})"


_WS = r"(?<![^\W\d_])"  # word start: no letter just before
_WE = r"(?![^\W\d_])"  # word end: no letter just after
_NOT_AFTER_NUM = r"(?<!\d)(?<!\d[./])"  # not the tail of a longer number like 1.2.3
# Any word of month-name length, looked up in _MONTHS afterwards: much faster than an
# alternation of 200 names, and the bounded length keeps it from running over long words.
# A month also starts where a capital follows a lower-case letter: dumps glue the byline or
# an icon's name to the date ("Jane DoeMarch 5, 2024", "calendarApr 16, 2024").
_GLUED_START = r"(?-i:(?=[A-ZÀ-Þ])(?<=[a-zß-ÿ]))"
_MON_WORD = rf"(?P<mon>[^\W\d_]{{3,{max(map(len, _MONTHS))}}}){_WE}"
_MON = rf"(?=[^\W\d_])(?:{_WS}|{_GLUED_START}){_MON_WORD}"
_I = re.IGNORECASE
# The year of a month-name date. Dumps glue what follows it on ("October 17, 20236:01 PM",
# "Mar 27, 20255 min read"): one or two more digits are taken as glue, not as the year;
# three or more make it a number. "’20" is a two-digit year only after an apostrophe.
_YEAR = r"(?:(?P<y>\d{4})(?P<yglue>\d{1,2}(?!\d))?(?!\d)|['’‘](?P<y2>\d{2})(?!\d))"

# 21 October 2011, 21. Oktober 2011, 21 de octubre de 2011, 21-Oct-2011, 14 Feb '20
_DAY_MONTH = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?!\d)(?:\\?\.|st|nd|rd|th|er|º)?[\s/-]{0,3}"
    r"(?:(?:de|of)\s{1,3})?"
    + _MON
    + r"(?:\.?(?:,?[\s/-]{1,3}|,)|\.)(?:(?:de|del)\s{1,3})?"
    + _YEAR
    + r"(?:\s?г\.)?",
    _I,
)
# October 21, 2011; Oct. 21 2011; Jul. 11. 2025; October 2011; octubre de 2011
_MONTH_DAY = re.compile(
    _MON + r"\.?[\s-]{0,3}(?:(?P<d>\d{1,2})(?!\d)(?:st|nd|rd|th|\.)?(?:,?\s{1,3}|,)"
    r"|(?:de|del)\s{1,3}|,\s{0,2})?" + _YEAR,
    _I,
)
# (characters one of which the line must hold, pattern): the cheap `in` test skips the
# regex on lines that cannot match it.
_CORES = [
    (
        "-/.",  # 2011-10-21, 2011/10/21, 2011.10.21; "-" form may be glued to digits after
        re.compile(
            _NOT_AFTER_NUM + r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
            r"(?P<glue>\d?)(?!(?P=sep)\d)"
        ),
    ),
    ("-/", re.compile(_NOT_AFTER_NUM + r"(?P<y>\d{4})[-/](?P<m>\d{2})(?!\d)(?![-/.]\d)")),
    (
        "-/.",  # 21.10.2011, 10/21/2011, 21-10-2011, 21.10.11
        re.compile(
            _NOT_AFTER_NUM + r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)"
            r"(?P<y>\d{4}|\d{2})(?!\d)(?!(?P=sep)\d)"
        ),
    ),
    (
        ".",  # 13. 1. 2020, 14\\. 01. 2020 (German with spaces, escaped by html2text)
        re.compile(
            _NOT_AFTER_NUM + r"(?P<a>\d{1,2})\\?(?P<sep>\.)\s{1,2}(?P<b>\d{1,2})\.\s{0,2}"
            r"(?P<y>\d{4})(?!\d)(?!\.\d)"
        ),
    ),
    ("", _DAY_MONTH),
    ("", _MONTH_DAY),
    (
        # 2023 Jan 7; (reference lists): a capitalised month between year and day, and
        # punctuation after the day, or "in 2023 May 5 people" would be a date.
        ";,.)]",
        re.compile(
            _NOT_AFTER_NUM
            + r"(?P<y>\d{4})\s{1,2}(?-i:(?=[A-ZÀ-ÞА-Я]))"
            + _MON
            + r"\.?\s{1,2}(?P<d>\d{1,2})(?=[;,)\]]|\.(?!\d))",
            _I,
        ),
    ),
    (
        "年",  # 2011年10月21日, 2011年10月
        re.compile(
            r"(?<!\d)(?P<y>\d{4})\s{0,2}年\s{0,2}(?P<m>\d{1,2})\s{0,2}月"
            r"(?:\s{0,2}(?P<d>\d{1,2})\s{0,2}[日号號])?"
        ),
    ),
]
_TIME_CORE = (
    r"(?P<h>\d{1,2})(?:[:h](?P<mi>\d{2})(?!\d)(?::(?P<s>\d{2})(?:[.,]\d{1,9})?)?)?"
    r"(?:\s?(?P<ap>[aApP])\.?\s?[mM]\b\.?)?(?:\s?[Uu]hr\b)?"
    r"(?P<tz>(?P<z>Z)\b|(?P<osp>\s?)(?P<off>[+-]\d{2}:?\d{2})(?!\d)"
    rf"|\s?\(?(?P<abbr>{_alt(_TZ_HOURS)})(?P<rel>[+-]\d{{1,2}}(?::?\d{{2}})?)?(?!\w)\)?)?"
)
_TIME = r"(?<![\d:])" + _TIME_CORE
_TIME_AFTER = re.compile(
    r"(?:(?P<iso_t>T)|[\s,;|]{0,3}(?:(?:at|At|um|à|a las|alle|ore|om|в|às|kl\.|-|–|—|/|\|)"
    r"\s{0,3})?)" + _TIME
)
_TIME_GLUED = re.compile(_TIME_CORE)  # right after a glued year: "20236:01 PM"
_TIME_BEFORE = re.compile(_TIME + r"[\s,|/–—-]{1,4}(?:on\s{1,2})?\Z")
_WEEKDAY_BEFORE = re.compile(rf"{_WS}{_alt(_WEEKDAYS.split())}\.?,?\s{{1,3}}\Z", _I)
_ROLE = re.compile(
    _WS + r"(?:(?P<upd>(?:last\s)?(?:updated|modified|edited|revised)|aktualisiert"
    r"|aktualisierung|geändert|bearbeitet|mise?\sà\sjour|modifiée?|actualizad[oa]"
    r"|actualizaci[oó]n|modificad[oa]|aggiornat[oa]|aggiornamento|modificat[oa]"
    r"|atualizad[oa]|atualiza[cç][aã]o|bijgewerkt|gewijzigd|обновлен[оа]?|изменен[оа]?)"
    r"|(?P<pub>published|publish\sdate|posted|created|publié|publiée|créée?|publicad[oa]"
    r"|publicaci[oó]n|postado|criado|pubblicat[oa]|veröffentlicht|erschienen|erstellt"
    r"|gepubliceerd|geplaatst|опубликован[оа]?))"
    r"|(?P<updzh>更新|修改)|(?P<pubzh>发布|發佈|發布|发表|發表)",
    _I,
)
_RELATIVE = re.compile(  # "3 hours ago", "a day ago", "2 Tagen" (after "vor", see _REL_PRE)
    rf"(?:(?<!\d)(?P<n>\d{{1,3}})(?!\d)|{_WS}(?P<one>{_alt(_ONE_WORDS.split())}))\s{{0,3}}"
    rf"(?P<u>{_alt(_UNIT_DELTA)}){_WE}(?:\s{{1,3}}(?P<post>ago|fa|geleden|назад){_WE})?",
    _I,
)
_REL_PRE = re.compile(rf"{_WS}(?:vor|il\s?y\s?a|hace|há)\s{{1,3}}\Z", _I)
_RELATIVE_ZH = re.compile(r"(?<!\d)(?P<n>\d{1,3})\s{0,2}(?P<u>分钟|小时|天|周|星期)(?P<post>前)")
_DAY_WORD = re.compile(
    rf"{_WS}(?P<w>{_alt(w for w in _DAY_WORDS if w not in _ZH_DAYS)}){_WE}|(?P<zh>今天|昨天)",
    _I,
)
_DIGIT = re.compile(r"\d")
_BARE = re.compile(r"[\W_]*")  # nothing but spaces and punctuation
#: Ambiguous or decisive slashed dates ("05/06/2011", "25/06/2011") for slashes_day_first.
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


@dataclass
class _Cand:
    start: int
    end: int
    iso: str
    has_day: bool = True
    short_year: bool = False
    padded: bool = False
    glued: bool = False
    relative: bool = False
    year_glued: bool = False


def _ymd(y: int, m: int, d: int | None) -> str | None:
    """The ISO date for valid parts, else None."""
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12):
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _core(mt: re.Match[str], day_first: bool = False) -> _Cand | None:
    """A candidate date from one match of a pattern in _CORES."""
    g = mt.groupdict()
    d: int | None
    if g.get("y2"):  # "’20": two digits, but marked as a year by the apostrophe
        if not g.get("d"):
            return None
        y = _century(int(g["y2"]))
        short = False
    else:
        y = int(g["y"])
        short = len(g["y"]) == 2
        if short:
            y = _century(y)
    year_glued = bool(g.get("yglue"))
    if year_glued and not g.get("d"):
        return None  # "October 201175" is a number, not a month and a year
    if g.get("a"):  # numeric day/month in either order
        a, b = int(g["a"]), int(g["b"])
        month_first = b > 12 or (g["sep"] == "/" and a <= 12 and not day_first)
        m, d = (a, b) if month_first else (b, a)
    elif g.get("mon"):
        word = g["mon"].lower()
        if mt.start() == mt.start("mon") and word in _WORDLIKE_MONTHS:
            return None
        if g["mon"] == "Mars" and not g.get("d"):
            return None  # French writes "mars 2011"; "Mars 2020" is the planet's rover
        m = _MONTHS.get(word, 0)
        d = int(g["d"]) if g.get("d") else None
    else:
        m, d = int(g["m"]), (int(g["d"]) if g.get("d") else None)
    glued = bool(g.get("glue"))
    if glued and (g["sep"] != "-" or len(g["m"]) != 2 or len(g["d"]) != 2):
        return None
    iso = _ymd(y, m, d)
    if iso is None:
        return None
    end = mt.end("d") if glued else mt.end("y") if year_glued else mt.end()
    padded = bool(g.get("a")) and len(g["a"]) == len(g["b"]) == 2
    return _Cand(
        mt.start(),
        end,
        iso,
        has_day=d is not None,
        short_year=short,
        padded=padded,
        glued=glued,
        year_glued=year_glued,
    )


def _matches(pattern: re.Pattern[str], line: str, day_first: bool) -> list[_Cand]:
    """The candidates of one pattern in the line, left to right.

    Like finditer, except that a word taken for a month and not found one is searched
    again from its second letter: in "Jane DoeMarch 5" the word "DoeMarch" hides "March".
    The word is short, so a line still costs time linear in its length.
    """
    out: list[_Cand] = []
    pos = 0
    while mt := pattern.search(line, pos):
        c = _core(mt, day_first)
        if c is not None:
            out.append(c)
        mon = mt.groupdict().get("mon")
        hidden = c is None and mon and mon.lower() not in _MONTHS
        pos = mt.start("mon") + 1 if hidden else mt.end()
    return out


def _century(y: int) -> int:
    """The full year of a two-digit one."""
    return y + (1900 if y >= CENTURY_PIVOT else 2000)


def _offset(sign: str, hours: int, minutes: int) -> str | None:
    if hours > MAX_OFFSET_HOURS or minutes > 59:
        return None
    return f"{sign}{hours:02d}:{minutes:02d}"


def _zone(mt: re.Match[str], iso_t: bool) -> str | None:
    """The "+HH:MM" offset of a matched time zone, "" for none, None if it is not one."""
    if mt["z"]:
        return "+00:00"
    if mt["off"]:
        off = mt["off"].replace(":", "")
        # "10:00-12:00" is a range, not an offset, unless it is ISO or clearly set apart.
        if off[0] == "-" and not (iso_t or mt["osp"] or mt["s"]):
            return None
        return _offset(off[0], int(off[1:3]), int(off[3:5]))
    if mt["abbr"]:
        hours = _TZ_HOURS.get(mt["abbr"])
        if hours is None:
            return ""
        total = hours * 60
        rel = (mt["rel"] or "").replace(":", "")
        if rel:  # "GMT+8", "UTC-05:30"
            digits = rel[1:]
            mins = (
                int(digits) * 60 if len(digits) <= 2 else int(digits[:-2]) * 60 + int(digits[-2:])
            )
            total += -mins if rel[0] == "-" else mins
        return _offset("-" if total < 0 else "+", abs(total) // 60, abs(total) % 60)
    return ""


def _time(mt: re.Match[str], iso_t: bool = False) -> tuple[str, int] | None:
    """The "THH:MM[:SS][+HH:MM]" part and the end of a time match, or None."""
    h, mi, s, ap = int(mt["h"]), mt["mi"], mt["s"], mt["ap"]
    if mi is None and ap is None:
        return None
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap in "pP" else 0)
    minute = int(mi) if mi else 0
    if h > 23 or minute > 59 or (s is not None and int(s) > 59):
        return None
    out = f"T{h:02d}:{minute:02d}" + (f":{int(s):02d}" if s is not None else "")
    zone = _zone(mt, iso_t)
    if zone is None:
        return out, mt.start("tz")
    return out + zone, mt.end()


def _relative(line: str, reference: datetime.date) -> list[_Cand]:
    """Relative dates ("3 hours ago", "vor 2 Tagen", "yesterday") resolved against reference."""
    out: list[_Cand] = []
    zh = _RELATIVE_ZH.finditer(line) if "前" in line else ()
    for mt in [*_RELATIVE.finditer(line), *zh]:
        pre = _REL_PRE.search(line, max(0, mt.start() - REL_PRE_WINDOW), mt.start())
        if bool(mt["post"]) == bool(pre):
            continue  # needs exactly one of "vor ..." or "... ago"
        start = pre.start() if pre else mt.start()
        n = int(mt["n"]) if mt["n"] else 1
        delta = _UNIT_DELTA.get(mt["u"].lower())
        if delta is not None:
            out.append(_Cand(start, mt.end(), _shift(reference, delta * n), relative=True))
    for mt in _DAY_WORD.finditer(line):
        days = _DAY_WORDS.get((mt["w"] or mt["zh"]).lower())
        if days is not None:
            delta = datetime.timedelta(days=days)
            out.append(_Cand(mt.start(), mt.end(), _shift(reference, delta), relative=True))
    return [c for c in out if c.iso]


def _shift(reference: datetime.date, delta: datetime.timedelta) -> str:
    """reference - delta as a date, "" when out of range."""
    try:
        back = reference - delta
    except OverflowError:
        return ""
    if isinstance(back, datetime.datetime):
        return back.date().isoformat()
    return back.isoformat()


def _role(line: str, lo: int, hi: int) -> DateRole:
    """The role named by the label nearest before `hi`, searching no further back than lo."""
    role = DateRole.UNKNOWN
    for mt in _ROLE.finditer(line, lo, hi):
        upd = mt["upd"] or mt["updzh"]
        role = DateRole.UPDATED if upd else DateRole.PUBLISHED
    return role


def find_dates(
    line: str, reference: datetime.date | None = None, *, day_first: bool = False
) -> list[DateHit]:
    """All dates in one line, left to right; relative ones only when reference is given.

    day_first reads an ambiguous slashed date ("05/06/2011") as day/month, as most of the
    world writes it; the default is the US month/day (see `slashes_day_first`).
    """
    cands: list[_Cand] = []
    if _DIGIT.search(line):
        for needles, pattern in _CORES:
            if not needles or any(ch in line for ch in needles):
                cands += _matches(pattern, line, day_first)
    if reference is not None:
        cands += _relative(line, reference)
    cands.sort(key=lambda c: (c.start, c.start - c.end))
    chosen: list[_Cand] = []
    for c in cands:
        if not chosen or c.start >= chosen[-1].end:
            chosen.append(c)
    hits: list[DateHit] = []
    prev_end = 0
    last = len(chosen) - 1
    for i, c in enumerate(chosen):
        next_start = chosen[i + 1].start if i + 1 < len(chosen) else len(line)
        start, end, iso, timed = _extend(line, c, prev_end, next_start)
        role = _role(line, max(prev_end, start - ROLE_WINDOW), start)
        if (
            c.short_year
            and not timed
            and role is DateRole.UNKNOWN
            and not _stands_apart(line, c, start if i == 0 else -1, end if i == last else -1)
        ):
            continue  # "3.6.10" or "... 21.10.11 ..." in a sentence is a version or a score
        hits.append(DateHit(iso, role, start, end))
        prev_end = end
    return hits


def _stands_apart(line: str, c: _Cand, start: int, end: int) -> bool:
    """Whether a two-digit-year date is written as one ("23.09.22", not "3.6.10") and opens
    or closes its line ("30/10/23 | Stars", "Jane Doe, 12.12.22"), as dates in page headers
    do; numbers inside a sentence are versions, scores and the like.

    start is -1 unless this is the line's first date, end -1 unless its last: only those
    can open or close it, and each end of the line is scanned once.
    """
    return c.padded and (
        (start >= 0 and _BARE.fullmatch(line, 0, start) is not None)
        or (end >= 0 and _BARE.fullmatch(line, end) is not None)
    )


def _extend(line: str, c: _Cand, lo: int, hi: int) -> tuple[int, int, str, bool]:
    """Grow a date over a weekday and a time within line[lo:hi]: start, end, iso, timed."""
    start, end, iso = c.start, c.end, c.iso
    wd = _WEEKDAY_BEFORE.search(line, max(lo, start - WEEKDAY_WINDOW), start)
    start = wd.start() if wd else start
    if not c.has_day or c.glued or c.relative:
        return start, end, iso, False
    if c.year_glued:
        mt = _TIME_GLUED.match(line, end, hi)
        timed = _time(mt) if mt else None
        if timed:
            return start, timed[1], iso + timed[0], True
        return start, end, iso, False
    mt = _TIME_AFTER.match(line, end, hi)
    timed = _time(mt, bool(mt["iso_t"])) if mt else None
    if timed:
        return start, timed[1], iso + timed[0], True
    mt = _TIME_BEFORE.search(line, max(lo, start - TIME_BEFORE_WINDOW), start)
    timed = _time(mt) if mt else None
    if mt and timed:
        return mt.start(), end, iso + timed[0], True
    return start, end, iso, False


def has_date(line: str) -> bool:
    """Whether the line holds an absolute date."""
    return bool(_DIGIT.search(line)) and bool(find_dates(line))


def slashes_day_first(lines: Sequence[str], language: str | None) -> bool:
    """Whether this page writes slashed dates day first ("25/06/2011").

    The page's own unambiguous dates decide: "25/06" votes day-first, "06/25" month-first.
    Without any, pages in other languages than English are day-first, which is how their
    readers write dates; English pages follow the order of their month-name dates
    ("3 October 2023" is British, "October 3, 2023" American), else are month-first.
    """
    votes = ambiguous = 0
    for text in lines:
        if "/" not in text:
            continue
        for mt in _SLASHED.finditer(text):
            a, b = int(mt[1]), int(mt[2])
            if a > MAX_MONTH >= b:
                votes += 1
            elif b > MAX_MONTH >= a:
                votes -= 1
            else:
                ambiguous += 1
    if votes:
        return votes > 0
    if language is not None and language != "en":
        return True
    if not ambiguous:
        return False
    return _month_name_votes(lines) > 0


def _month_name_votes(lines: Sequence[str]) -> int:
    """Day-before-month dates on the page less month-before-day ones."""
    votes = 0
    for text in lines:
        if len(text) > MONTH_VOTE_MAX_CHARS or not _DIGIT.search(text):
            continue
        for sign, pattern in ((1, _DAY_MONTH), (-1, _MONTH_DAY)):
            for mt in pattern.finditer(text):
                if mt["d"] and mt["mon"].lower() in _MONTHS:
                    votes += sign
    return votes


#: Stems one of which every "Published" label in _ROLE holds: one search for them lets
#: names_published skip the full role pattern on nearly every line of a page.
_PUB_STEM_WORDS = (
    "publi", "pubbl", "post", "creat", "créé", "criado", "ffentlicht", "erschienen",
    "erstellt", "geplaatst", "опубликован", "发布", "發佈", "發布", "发表", "發表",
)  # fmt: skip
_PUB_STEMS = re.compile(_alt(_PUB_STEM_WORDS), _I)


def names_published(line: str) -> bool:
    """Whether the line holds a "Published"/"Veröffentlicht" label: a cheap test before
    find_dates."""
    if not _PUB_STEMS.search(line):
        return False
    return any(mt["pub"] or mt["pubzh"] for mt in _ROLE.finditer(line))
