"""Calendar words: month and weekday names, time zones, the units and markers of relative
dates, and the labels that say a date is the publication or the update.

newsx.meta.date_patterns builds the date reader's patterns from these; newsx.meta.names
reads month names as the end of a name.
"""

from __future__ import annotations

import unicodedata

# One string per month: every name, genitive and abbreviation in the languages newsx reads
# (Latin, Cyrillic, Greek, Hebrew, Arabic and Devanagari scripts). Japanese, Chinese and
# Korean number their months (2011年10月, 2011년 10월), as date_patterns reads them.
_MONTH_WORDS = (
    "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari"
    " январь января январе янв stycznia styczeń leden ledna tammikuu tammikuuta január"
    " ianuarie ocak січень січня ιανουάριος ιανουαρίου ιαν ינואר בינואר يناير ژانویه जनवरी",
    "february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari"
    " февраль февраля феврале фев lutego luty únor února helmikuu helmikuuta február"
    " februarie şubat лютий лютого φεβρουάριος φεβρουαρίου φεβ פברואר בפברואר فبراير"
    " فوریه फ़रवरी फरवरी",
    "march mar märz maerz marz mär mrz mars marzo março marco maart mrt март марта марте"
    " marca marzec březen března maaliskuu maaliskuuta március martie marts maret mart"
    " березень березня μάρτιος μαρτίου μαρ מרץ במרץ مارس मार्च",
    "april apr avril avr abril abr aprile апрель апреля апреле kwietnia kwiecień duben dubna"
    " huhtikuu huhtikuuta április aprilie nisan квітень квітня απρίλιος απριλίου απρ אפריל"
    " באפריל أبريل إبريل آوریل अप्रैल",
    "may mai mayo maggio mag maio mei май мая мае maja maj květen května toukokuu toukokuuta"
    " május mayıs mayis травень травня μάιος μαΐου μαίου μαΐ מאי במאי مايو मई",
    "june jun juni juin junio giugno giu junho июнь июня июне июн czerwca czerwiec červen"
    " června kesäkuu kesäkuuta június iunie haziran червень червня ιούνιος ιουνίου ιουν"
    " יוני ביוני يونيو ژوئن जून",
    "july jul juli juillet juil julio luglio lug julho июль июля июле июл lipca lipiec"
    " červenec července heinäkuu heinäkuuta július iulie temmuz липень липня ιούλιος"
    " ιουλίου ιουλ יולי ביולי يوليو ژوئیه जुलाई",
    "august aug août aout agosto ago augustus август августа августе авг sierpnia sierpień"
    " srpen srpna elokuu elokuuta augusztus augusti agustus ağustos серпень серпня αύγουστος"
    " αυγούστου αυγ אוגוסט באוגוסט أغسطس اوت अगस्त",
    "september sep sept septembre septiembre setiembre settembre set setembro сентябрь"
    " сентября сентябре сен września wrzesień září syyskuu syyskuuta szeptember septembrie"
    " eylül вересень вересня σεπτέμβριος σεπτεμβρίου σεπ σεπτ ספטמבר בספטמבר سبتمبر سپتامبر"
    " सितंबर सितम्बर",
    "october oct oktober okt octobre octubre ottobre ott outubro out октябрь октября октябре окт"
    " października październik říjen října lokakuu lokakuuta október octombrie ekim жовтень"
    " жовтня οκτώβριος οκτωβρίου οκτ אוקטובר באוקטובר أكتوبر اکتبر अक्टूबर अक्तूबर",
    "november nov novembre noviembre novembro ноябрь ноября ноябре нояб ноя listopada"
    " listopad listopadu marraskuu marraskuuta noiembrie kasım kasim листопад листопада"
    " νοέμβριος νοεμβρίου νοε נובמבר בנובמבר نوفمبر نوامبر नवंबर नवम्बर",
    "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro декабрь"
    " декабря декабре дек grudnia grudzień prosinec prosince joulukuu joulukuuta decembrie"
    " desember aralık aralik грудень грудня δεκέμβριος δεκεμβρίου δεκ דצמבר בדצמבר ديسمبر"
    " دسامبر दिसंबर दिसम्बर",
)


#: The months of the Solar Hijri calendar, the civil calendar of Iran and Afghanistan
#: ("۲۹ مهر ۱۳۹۰"), each also with the Arabic yeh and kaf that keyboards often type for
#: the Persian letters; newsx.meta.calendars converts their dates to the Gregorian calendar.
SOLAR_HIJRI_MONTHS = {
    form: i
    for i, w in enumerate(
        "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(), 1
    )
    for form in (w, w.replace("ی", "ي").replace("ک", "ك"))
}
#: Thai month names and their abbreviations ("21 ตุลาคม 2554", "21 ต.ค. 2554"). Thai years
#: are mostly counted in the Buddhist Era (newsx.meta.calendars.BUDDHIST_ERA_OFFSET).
THAI_MONTHS = {
    w: i
    for names in (
        "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
        "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
    )
    for i, w in enumerate(names.split(), 1)
}


def _unaccented(word: str) -> str:
    """The word without its accents, as capitals and careless typing write it (ΟΚΤΩΒΡΙΟΥ,
    "pazdziernika"); Devanagari and Arabic keep their marks, which are letters there."""
    if not word.isascii() and word[0] < "\u0590":
        bare = unicodedata.normalize("NFD", word)
        return "".join(c for c in bare if not unicodedata.combining(c))
    return word


#: Month word -> month number; each word also without its accents.
MONTHS = {
    form: i
    for i, words in enumerate(_MONTH_WORDS, 1)
    for w in words.split()
    for form in (w, _unaccented(w))
}
#: Month words that are also common words or names ("two days ago", "set", "Marco"): taken
#: only after a day number ("21 ago 2011"), never as "ago 2011" or "set 21, 2011".
WORDLIKE_MONTHS = frozenset(
    {"ago", "set", "out", "gen", "mag", "marco", "maja", "mart", "nisan", "ekim", "ocak",
     "haziran", "kasım", "kasim", "aralık", "aralik"}
)  # fmt: skip
WEEKDAYS = tuple(
    (
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur"
        " thurs fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lundi"
        " mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes"
        " sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda-feira"
        " terça-feira quarta-feira quinta-feira sexta-feira maandag dinsdag woensdag donderdag"
        " vrijdag zaterdag zondag понедельник вторник среда четверг пятница суббота воскресенье"
    ).split()
)
#: Zone abbreviations with one meaning in news. Ambiguous ones (ET and PT: standard or
#: daylight? CST: US or China? IST: India, Israel or Ireland?) are part of the time's span
#: but give no offset.
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
#: "a day ago", "vor einem Tag": the words that count one.
ONE_WORDS = tuple("a an one ein einem einer un une una um uma een".split())
#: What closes a relative date ("3 hours ago", "2 giorni fa") and what opens one ("vor 2
#: Tagen", "il y a 3 jours", "hace 2 días", "há 3 dias").
AGO_WORDS = ("ago", "fa", "geleden", "назад")
BEFORE_WORDS = ("vor", "il y a", "hace", "há")
#: Today and yesterday, as days back.
DAY_WORDS = {
    "today": 0, "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "oggi": 0, "hoje": 0,
    "vandaag": 0, "сегодня": 0, "今天": 0, "yesterday": 1, "gestern": 1, "ayer": 1, "ieri": 1,
    "ontem": 1, "gisteren": 1, "вчера": 1, "昨天": 1,
}  # fmt: skip
#: CJK has no spaces, so these need no word boundaries.
ZH_DAYS = ("今天", "昨天")

#: Labels that make a date the update: "Updated", "Aktualisiert am", "Mis à jour le".
UPDATED_LABELS = (
    *(
        "updated modified edited revised aktualisiert aktualisierung geändert bearbeitet"
        " modifié modifiée actualizado actualizada actualización actualizacion modificado"
        " modificada aggiornato aggiornata aggiornamento modificato modificata atualizado"
        " atualizada atualização atualizaçao atualizacão atualizacao bijgewerkt gewijzigd"
        " обновлен обновлено обновлена изменен изменено изменена"
    ).split(),
    *("last updated", "last modified", "last edited", "last revised", "mis à jour", "mise à jour"),
)
#: Labels that make a date the publication: "Published", "Veröffentlicht am", "Publié le".
PUBLISHED_LABELS = (
    *(
        "published posted created publié publiée créé créée publicado publicada publicación"
        " publicacion postado criado pubblicato pubblicata veröffentlicht erschienen erstellt"
        " gepubliceerd geplaatst опубликован опубликовано опубликована"
    ).split(),
    "publish date",
)
#: The same in Chinese, which needs no word boundaries.
UPDATED_LABELS_ZH = ("更新", "修改")
PUBLISHED_LABELS_ZH = ("发布", "發佈", "發布", "发表", "發表")
