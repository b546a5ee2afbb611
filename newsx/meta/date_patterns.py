"""The written forms of dates the date reader knows: month and weekday names, relative
units, labels of publication and update in the languages newsx reads, and the compiled
patterns built from them.

All patterns are compiled at import and use only bounded quantifiers, none inside a
repeated group, so a line costs time linear in its length whatever it holds. newsx.meta.dates
reads them into ISO dates.
"""

from __future__ import annotations

import re

from newsx.text.words import combining_marks
from newsx.vocab import alt
from newsx.vocab.calendar import (
    AGO_WORDS,
    BEFORE_WORDS,
    DAY_WORDS,
    MONTHS,
    ONE_WORDS,
    PUBLISHED_LABELS,
    PUBLISHED_LABELS_ZH,
    SOLAR_HIJRI_MONTHS,
    THAI_MONTHS,
    TZ_HOURS,
    UNIT,
    UPDATED_LABELS,
    UPDATED_LABELS_ZH,
    WEEKDAYS,
    WORDLIKE_MONTHS,
    ZH_DAYS,
)

__all__ = ["DAY_WORDS", "MONTHS", "TZ_HOURS", "UNIT", "WORDLIKE_MONTHS"]

_WS = r"(?<![^\W\d_])"  # word start: no letter just before
_WE = r"(?![^\W\d_])"  # word end: no letter just after
_NOT_AFTER_NUM = r"(?<!\d)(?<!\d[./])"  # not the tail of a longer number like 1.2.3
# Any word of month-name length, looked up in MONTHS afterwards: much faster than an
# alternation of 200 names, and the bounded length keeps it from running over long words.
# A month also starts where a capital follows a lower-case letter: dumps glue the byline or
# an icon's name to the date ("Jane DoeMarch 5, 2024", "calendarApr 16, 2024").
_GLUED_START = r"(?-i:(?=[A-ZÀ-Þ])(?<=[a-zß-ÿ]))"
# Devanagari writes vowel signs as combining marks, which \w leaves out: "अक्टूबर".
_MON_WORD = rf"(?P<mon>(?:[^\W\d_]|[{combining_marks()}]){{3,{max(map(len, MONTHS))}}}){_WE}"
_MON = rf"(?=[^\W\d_])(?:{_WS}|{_GLUED_START}){_MON_WORD}"
_I = re.IGNORECASE
# The year of a month-name date. Dumps glue what follows it on ("October 17, 20236:01 PM",
# "Mar 27, 20255 min read"): one or two more digits are taken as glue, not as the year;
# three or more make it a number. "’20" is a two-digit year only after an apostrophe.
_YEAR = r"(?:(?P<y>\d{4})(?P<yglue>\d{1,2}(?!\d))?(?!\d)|['’‘](?P<y2>\d{2})(?!\d))"

# 21 October 2011, 21. Oktober 2011, 21 de octubre de 2011, 21-Oct-2011, 14 Feb '20
DAY_MONTH = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?!\d)(?:\\?\.|st|nd|rd|th|er|º)?[\s/-]{0,3}"
    r"(?:(?:de|of)\s{1,3})?"
    + _MON
    + r"(?:\.?(?:,?[\s/-]{1,3}|,)|\.)(?:(?:de|del)\s{1,3})?"
    + _YEAR
    + r"(?:\s?г\.)?",
    _I,
)
# October 21, 2011; Oct. 21 2011; Jul. 11. 2025; October 2011; octubre de 2011
MONTH_DAY = re.compile(
    _MON + r"\.?[\s-]{0,3}(?:(?P<d>\d{1,2})(?!\d)(?:st|nd|rd|th|\.)?(?:,?\s{1,3}|,)"
    r"|(?:de|del)\s{1,3}|,\s{0,2})?" + _YEAR,
    _I,
)
# (characters one of which the line must hold, pattern): the cheap `in` test skips the
# regex on lines that cannot match it.
CORES = [
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
    ("", DAY_MONTH),
    ("", MONTH_DAY),
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
        "年년",  # 2011年10月21日, 2011年10月; Korean 2011년 10월 21일
        re.compile(
            r"(?<!\d)(?P<y>\d{4})\s{0,2}[年년]\s{0,2}(?P<m>\d{1,2})\s{0,2}[月월]"
            r"(?:\s{0,2}(?P<d>\d{1,2})\s{0,2}[日号號일])?"
        ),
    ),
    (
        "áÁ",  # Vietnamese: 21 tháng 10 năm 2011, ngày 21 tháng 10, 2011
        re.compile(
            r"(?<!\d)(?P<d>\d{1,2})\s{1,3}[tT]háng\s{1,3}(?P<m>\d{1,2})(?!\d)"
            r"(?:\s{1,3}năm|,|/)\s{0,3}(?P<y>\d{4})(?!\d)"
        ),
    ),
    (
        # Hungarian, year first: 2011. október 21., 2011. okt. 21. Hungarian writes its
        # months in lower case; "In 2011. May 5 people came" is no date.
        ".",
        re.compile(
            _NOT_AFTER_NUM
            + r"(?P<y>\d{4})\.\s{1,2}(?-i:(?=[a-zá-ű]))"
            + _MON
            + r"\.?\s{1,2}(?P<d>\d{1,2})(?!\d)\.?",
            _I,
        ),
    ),
    (
        "".join({w[0] for w in SOLAR_HIJRI_MONTHS}),  # Solar Hijri: ۲۹ مهر ۱۳۹۰
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})\s{{1,3}}(?P<solar>{alt(SOLAR_HIJRI_MONTHS)})"
            r"(?:\s{1,3}ماه)?\s{1,3}(?P<y>\d{4})(?!\d)"
        ),
    ),
    (
        "".join({w[0] for w in THAI_MONTHS}),  # Thai: 21 ตุลาคม 2554 (Buddhist Era)
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})\s{{0,3}}(?P<thai>{alt(THAI_MONTHS)})"
            r"\s{0,3}(?:พ\.ศ\.\s{0,2})?(?P<y>\d{4})(?!\d)"
        ),
    ),
]
_TIME_CORE = (
    r"(?P<h>\d{1,2})(?:[:h](?P<mi>\d{2})(?!\d)(?::(?P<s>\d{2})(?:[.,]\d{1,9})?)?)?"
    r"(?:\s?(?P<ap>[aApP])\.?\s?[mM]\b\.?)?(?:\s?[Uu]hr\b)?"
    r"(?P<tz>(?P<z>Z)\b|(?P<osp>\s?)(?P<off>[+-]\d{2}:?\d{2})(?!\d)"
    rf"|\s?\(?(?P<abbr>{alt(TZ_HOURS)})(?P<rel>[+-]\d{{1,2}}(?::?\d{{2}})?)?(?!\w)\)?)?"
)
_TIME = r"(?<![\d:])" + _TIME_CORE
TIME_AFTER = re.compile(
    r"(?:(?P<iso_t>T)|[\s,;|]{0,3}(?:(?:at|At|um|à|a las|alle|ore|om|в|às|kl\.|-|–|—|/|\|)"
    r"\s{0,3})?)" + _TIME
)
TIME_GLUED = re.compile(_TIME_CORE)  # right after a glued year: "20236:01 PM"
TIME_BEFORE = re.compile(_TIME + r"[\s,|/–—-]{1,4}(?:on\s{1,2})?\Z")
WEEKDAY_BEFORE = re.compile(rf"{_WS}{alt(WEEKDAYS)}\.?,?\s{{1,3}}\Z", _I)
ROLE = re.compile(
    _WS + rf"(?:(?P<upd>{alt(UPDATED_LABELS)})|(?P<pub>{alt(PUBLISHED_LABELS)}))"
    rf"|(?P<updzh>{alt(UPDATED_LABELS_ZH)})|(?P<pubzh>{alt(PUBLISHED_LABELS_ZH)})",
    _I,
)
RELATIVE = re.compile(  # "3 hours ago", "a day ago", "2 Tagen" (after "vor", see REL_PRE)
    rf"(?:(?<!\d)(?P<n>\d{{1,3}})(?!\d)|{_WS}(?P<one>{alt(ONE_WORDS)}))\s{{0,3}}"
    rf"(?P<u>{alt(UNIT)}){_WE}(?:\s{{1,3}}(?P<post>{alt(AGO_WORDS)}){_WE})?",
    _I,
)
REL_PRE = re.compile(rf"{_WS}{alt(BEFORE_WORDS)}\s{{1,3}}\Z", _I)
RELATIVE_ZH = re.compile(
    r"(?<!\d)(?P<n>\d{1,3})\s{0,2}(?P<u>分钟|小时|天|周|星期|个月|年)(?P<post>前)"
)
DAY_WORD = re.compile(
    rf"{_WS}(?P<w>{alt(w for w in DAY_WORDS if w not in ZH_DAYS)}){_WE}|(?P<zh>{alt(ZH_DAYS)})",
    _I,
)
DIGIT = re.compile(r"\d")
BARE = re.compile(r"[\W_]*")  # nothing but spaces and punctuation
#: Ambiguous or decisive slashed dates ("05/06/2011", "25/06/2011") for day_order.slashes_day_first.
SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


#: Stems one of which every "Published" label in ROLE holds: one search for them lets
#: names_published skip the full role pattern on nearly every line of a page.
_PUB_STEM_WORDS = (
    "publi", "pubbl", "post", "creat", "créé", "criado", "ffentlicht", "erschienen",
    "erstellt", "geplaatst", "опубликован", "发布", "發佈", "發布", "发表", "發表",
)  # fmt: skip
PUB_STEMS = re.compile(alt(_PUB_STEM_WORDS), _I)
