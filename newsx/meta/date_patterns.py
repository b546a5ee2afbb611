"""The written forms of dates the date reader knows: month and weekday names, relative
units, labels of publication and update in the languages newsx reads, and the compiled
patterns built from them.

All patterns are compiled at import and use only bounded quantifiers, none inside a
repeated group, so a line costs time linear in its length whatever it holds. newsx.meta.dates
reads them into ISO dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
MONTHS = {w: i for i, words in enumerate(_MONTH_WORDS, 1) for w in words.split()}
# Month words that are also common words or names ("two days ago", "set", "Marco"): taken
# only after a day number ("21 ago 2011"), never as "ago 2011" or "set 21, 2011".
WORDLIKE_MONTHS = frozenset({"ago", "set", "out", "gen", "mag", "marco"})
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
TZ_HOURS: dict[str, int | None] = {
    "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
    "PDT": -7, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "BST": 1, "EET": 2, "EEST": 3,
    "MSK": 3, "HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
    "ET": None, "CT": None, "PT": None, "CST": None, "IST": None,
}  # fmt: skip
#: The units of relative dates ("3 hours ago", "vor 2 Monaten", "il y a 1 an"), each under
#: the name dateutil's relativedelta gives it (newsx.meta.dates resolves them with it).
_UNITS = (
    ("minutes", "minute minutes min mins minuten minutos minuto minuti minuut минуту минуты"
     " минут 分钟"),
    ("hours", "hour hours hr hrs stunde stunden heure heures hora horas ora ore uur час часа"
     " часов 小时"),
    ("days", "day days tag tagen jour jours día días dia dias giorno giorni dag dagen день дня"
     " дней 天"),
    ("weeks", "week weeks woche wochen semaine semaines semana semanas settimana settimane weken"
     " неделю недели недель 周 星期"),
    ("months", "month months monat monate monaten mois mes meses mese mesi maand maanden месяц"
     " месяца месяцев 个月"),
    ("years", "year years jahr jahre jahren an ans année années año años anno anni ano anos jaar"
     " jaren год года лет 年"),
)  # fmt: skip
UNIT = {w: unit for unit, ws in _UNITS for w in ws.split()}
_ONE_WORDS = "a an one ein einem einer un une una um uma een"  # "a day ago", "vor einem Tag"
DAY_WORDS = {
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
# Any word of month-name length, looked up in MONTHS afterwards: much faster than an
# alternation of 200 names, and the bounded length keeps it from running over long words.
# A month also starts where a capital follows a lower-case letter: dumps glue the byline or
# an icon's name to the date ("Jane DoeMarch 5, 2024", "calendarApr 16, 2024").
_GLUED_START = r"(?-i:(?=[A-ZÀ-Þ])(?<=[a-zß-ÿ]))"
_MON_WORD = rf"(?P<mon>[^\W\d_]{{3,{max(map(len, MONTHS))}}}){_WE}"
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
    rf"|\s?\(?(?P<abbr>{_alt(TZ_HOURS)})(?P<rel>[+-]\d{{1,2}}(?::?\d{{2}})?)?(?!\w)\)?)?"
)
_TIME = r"(?<![\d:])" + _TIME_CORE
TIME_AFTER = re.compile(
    r"(?:(?P<iso_t>T)|[\s,;|]{0,3}(?:(?:at|At|um|à|a las|alle|ore|om|в|às|kl\.|-|–|—|/|\|)"
    r"\s{0,3})?)" + _TIME
)
TIME_GLUED = re.compile(_TIME_CORE)  # right after a glued year: "20236:01 PM"
TIME_BEFORE = re.compile(_TIME + r"[\s,|/–—-]{1,4}(?:on\s{1,2})?\Z")
WEEKDAY_BEFORE = re.compile(rf"{_WS}{_alt(_WEEKDAYS.split())}\.?,?\s{{1,3}}\Z", _I)
ROLE = re.compile(
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
RELATIVE = re.compile(  # "3 hours ago", "a day ago", "2 Tagen" (after "vor", see REL_PRE)
    rf"(?:(?<!\d)(?P<n>\d{{1,3}})(?!\d)|{_WS}(?P<one>{_alt(_ONE_WORDS.split())}))\s{{0,3}}"
    rf"(?P<u>{_alt(UNIT)}){_WE}(?:\s{{1,3}}(?P<post>ago|fa|geleden|назад){_WE})?",
    _I,
)
REL_PRE = re.compile(rf"{_WS}(?:vor|il\s?y\s?a|hace|há)\s{{1,3}}\Z", _I)
RELATIVE_ZH = re.compile(
    r"(?<!\d)(?P<n>\d{1,3})\s{0,2}(?P<u>分钟|小时|天|周|星期|个月|年)(?P<post>前)"
)
DAY_WORD = re.compile(
    rf"{_WS}(?P<w>{_alt(w for w in DAY_WORDS if w not in _ZH_DAYS)}){_WE}|(?P<zh>今天|昨天)",
    _I,
)
DIGIT = re.compile(r"\d")
BARE = re.compile(r"[\W_]*")  # nothing but spaces and punctuation
#: Ambiguous or decisive slashed dates ("05/06/2011", "25/06/2011") for slashes_day_first.
SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


#: Stems one of which every "Published" label in ROLE holds: one search for them lets
#: names_published skip the full role pattern on nearly every line of a page.
_PUB_STEM_WORDS = (
    "publi", "pubbl", "post", "creat", "créé", "criado", "ffentlicht", "erschienen",
    "erstellt", "geplaatst", "опубликован", "发布", "發佈", "發布", "发表", "發表",
)  # fmt: skip
PUB_STEMS = re.compile(_alt(_PUB_STEM_WORDS), _I)
