"""Surface cues: the words and shapes by which pages announce what a line is.

Each pattern covers the languages newsx reads (en, de, fr, es, it, pt, nl, ru, zh). They are
anchored and free of nested quantifiers, so no input makes them backtrack.
"""

from __future__ import annotations

import re

from newsx.vocab import alt
from newsx.vocab.authorship import (
    AUTHOR_LABELS,
    AUTHOR_WORDS,
    BY_WORDS,
    POSTING_VERBS,
    PUBLISHING_VERBS,
    ROMANCE_BY_WORDS,
    STARTER_LABELS,
    WRITING_VERBS,
)
from newsx.vocab.discussion import (
    COMMENT_NOUNS,
    COMMENT_STEMS,
    EDITORIAL_NOUNS,
    READER_HEADINGS,
    REPLIES_COUNTED,
    REPLY_NOUNS,
    REPLY_STEMS,
    THOUGHT_NOUNS,
)

_I = re.IGNORECASE

_BY = alt(BY_WORDS + ROMANCE_BY_WORDS)
#: Nouns a "By" line may open with: "Words by", "Story by", "Photos by" (a credit, which
#: newsx.meta.bylines tells from a writer).
_BY_NOUNS = ("words", "story", "text", "photo", "photos")
_BY_INSIDE = alt(BY_WORDS)
#: Right after a "by" word that the dumper glued to the name after it: "byJane", "vonMax".
_GLUED_BY = "(?:" + "|".join(f"(?<={w})" for w in BY_WORDS) + ")(?=[A-Z][a-z])"
_VERBS = alt(WRITING_VERBS + POSTING_VERBS + PUBLISHING_VERBS)

#: "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Por ...", "Di ...", "Door ...";
#: "Written by:Jane Doe" with no space after the colon, and "ByJane Doe" where the dumper
#: glued the label to a capitalised name.
BYLINE = re.compile(
    rf"^(?:{alt((*WRITING_VERBS, *POSTING_VERBS, *_BY_NOUNS))}\s+)?"
    rf"{_BY}(?:\s*:\s*|\s+|(?-i:(?<=By)(?=[A-Z][a-z])))"
    r"(?P<who>\S.{0,150})$"
    rf"|^{alt(AUTHOR_LABELS)}\s*[:：]\s*(?P<who2>\S.{{0,150}})$",
    _I,
)

#: A forum thread's starter: "Thread starter jdoe", "Thread starter Thread starter jdoe".
THREAD_STARTER = re.compile(rf"^(?:{alt(STARTER_LABELS)}\s*:?\s*)+(?P<who>\S.{{0,80}})$", _I)

#: A byline label alone on its line, the names on the next: "Written by" / "Jane Doe".
BYLINE_ALONE = re.compile(
    rf"^(?:(?:[^\W\d_]+\s+)?{_VERBS}\s+{_BY}|{_BY}|{alt(AUTHOR_WORDS)})\s*:?$",
    _I,
)
#: "by Jane Doe" inside a date line: "October 11, 2023 by Jane Doe in Travel"; also where the
#: dumper glued "By" to the date before it ("27 May,2023By Jane Doe") or "by" to the name
#: after it ("Posted byJane Doe", "Veröffentlicht vonMax Muster").
BYLINE_INLINE = re.compile(
    rf"(?:^|\s|(?-i:(?<=[a-z\d])(?=By\s))){_BY_INSIDE}"
    rf"(?:\s+|(?-i:{_GLUED_BY}))(?P<who>(?-i:[A-ZÀ-Þ])[^|•·\n]{{1,80}})",
    _I,
)
#: A user handle after "by" closing a byline field: "Posted on May 3, 2021 by jdoe",
#: "Veröffentlicht am 12. Juni 2017 von blinkfux". Lower-case or with digits; what follows
#: it is the end, a separator or "on"/"in"/"am" before a date or a category.
BYLINE_HANDLE = re.compile(
    rf"(?:^|\s){_BY_INSIDE}\s+(?P<who>(?-i:[a-z0-9_])[\w.\-]{{1,39}})"
    r"(?=\s*$|\s*[|•·,]|\s+(?:on|in|am|at|um|le|el|à|a|op)\s)",
    _I,
)

#: Where the reader comments begin: "3 comments", "Leave a reply", "Kommentare (12)",
#: "5 Gedanken zu „Titel“", "Un commentaire", "{ 14 comments… read them below }".
_ONE = r"(?:\d[\d,.]*|one|ein|eine|un|une|uno|una|um|uma|één|een|один|одна)"
_COMMENT_NOUNS = rf"(?:{alt(COMMENT_NOUNS)}|{alt(COMMENT_STEMS)}\w*)"
_COMMENT_WORDS = rf"(?:{alt(COMMENT_NOUNS + REPLY_NOUNS)}|{alt(COMMENT_STEMS + REPLY_STEMS)}\w*)"
_HEADING_NOUNS = (
    rf"(?:{alt((*(w for w in COMMENT_NOUNS if w not in EDITORIAL_NOUNS), *READER_HEADINGS))}"
    rf"|{alt(COMMENT_STEMS)}\w*)"
)
#: The words between a counted heading and the title it names: "5 thoughts on “Title”",
#: "3 Gedanken zu „Titel“", "2 réflexions au sujet de « Titre »".
_NAMING = r"(?:on|to|zu|sur|au\s+sujet\s+de|sobre|su|em|op|over)"
COMMENT_START = re.compile(
    rf"^[^\w\s]{{0,3}}\s*\d[\d,.]*\s+{_COMMENT_WORDS}\s*"
    r"(?:[^\w\s].{0,200}|(?:on|to|zu|sur|su|em|op|к|for|für|about)\s.{0,200})?$"
    rf"|^{_ONE}\s+{_COMMENT_WORDS}(?:\s+(?:on|to|zu|sur|su|em|op|к)\s.{{0,200}})?\s*[:.]?$"
    rf"|^(?:leser|user|reader'?s?'?\s?|nutzer)?{_HEADING_NOUNS}"
    r"\s*(?:[(\[]\s*\d[\d,.]*\s*[)\]]|\d[\d,.]*)?\s*:?"
    r"(?:\s+(?:schreibe|hinterlasse|leave|add|post|write|laisser|ajouter|deja|lascia|deixe|"
    r"plaats)\b.{0,40})?$"
    r"|^(?:leave|post|add|write|submit|join)\s+(?:a|your|the|new)?\s*"
    r"(?:comment|reply|response|discussion)s?(?![^\W\d_]).{0,40}$"
    r"|^(?:schreibe|hinterlasse|verfasse)\s+(?:einen|den|deinen|ihren)\s+kommentar\b.{0,40}$"
    r"|^(?:laisser|laissez|ajouter)\s+un\s+commentaire\b.{0,40}$"
    r"|^(?:deja|dejar|escribe)\s+(?:un|tu)\s+comentario\b.{0,40}$"
    r"|^lascia\s+un\s+commento\b.{0,40}$"
    r"|^deixe?\s+(?:um|o\s+seu|seu)\s+comentário\b.{0,40}$"
    r"|^(?:laat\s+een\s+reactie\s+achter|plaats\s+een\s+reactie)\b.{0,40}$"
    rf"|^{_ONE}\s+{alt((*THOUGHT_NOUNS, *REPLY_NOUNS))}\s+{_NAMING}\b.{{0,200}}$",
    _I,
)

#: A comment section's heading that names the article, anywhere in its line: "5 Comments on
#: Title", "12 thoughts on “Title”", "3 Gedanken zu „Titel“"; `title` is the name, unquoted.
COMMENTS_ON_TITLE = re.compile(
    rf"(?<!\w){_ONE}\s+(?:{_COMMENT_NOUNS}|{alt(REPLIES_COUNTED + THOUGHT_NOUNS)})\s+"
    rf"{_NAMING}\s+"
    r"[\"“„«‘']?\s*(?P<title>.+?)\s*[\"”“»’']?$",
    _I,
)

#: Headings that name a comment section only when record headers follow them: "Discussion"
#: and "Reviews" also head parts of articles. Glued prefixes ("RSSKommentare (34)") too.
COMMENT_HEADING_WEAK = re.compile(
    r"^[^\w\s]{0,3}\s*(?:[^\W\d_]{1,8}(?:kommentare|comments)|discussions?|diskussion(?:en)?|"
    r"débats?|réactions?|reacciones|reazioni|reações|обсуждение|отзывы|"
    r"what\s+(?:readers|people|you|others)\s+(?:say|said|think)|reader\s+interactions|"
    r"(?:ihre?|deine?|eure|your|votre|vos|tu|su|la\s+tua|sua)\s+"
    rf"(?:meinung|opinion|opinión|opinione|opinião|avis|{alt(COMMENT_NOUNS)})|"
    r"was\s+(?:sagst\s+du|sagen\s+sie|meinst\s+du|meinen\s+sie)\s+dazu|meinungen|leserbriefe|"
    r"(?:kunden)?bewertungen|(?:customer\s+)?reviews|avis\s+clients|rezensionen)\b"
    r"[^\n]{0,100}$",
    _I,
)


#: The same headings in the languages of a crawl beyond the nine (text.language's
#: STOPWORD_LANGUAGES): the common wordings of news sites in each; then the headings of
#: most-read lists in all of them.
_RELATED_HEADINGS_MORE = (
    "関連記事", "関連ニュース", "あわせて読みたい", "延伸阅读", "관련 기사", "관련기사",
    "관련 뉴스", "أخبار ذات صلة", "مواضيع ذات صلة", "اقرأ أيضا", "اقرأ أيضاً",
    "σχετικά άρθρα", "σχετικά θέματα", "διαβάστε επίσης", "διαβάστε ακόμα",
    "ilgili haberler", "ilgili yazılar", "संबंधित खबरें", "संबंधित ख़बरें", "ये भी पढ़ें",
    "यह भी पढ़ें", "czytaj także", "czytaj też", "czytaj również", "zobacz także",
    "zobacz też", "zobacz również", "powiązane artykuły", "כתבות קשורות", "כתבות נוספות",
    "עוד בנושא", "berita terkait", "baca juga", "artikel terkait", "читайте також",
    "схожі новини", "похожие новости", "по теме", "související články", "čtěte také",
    "čtěte též", "läs också", "läs även", "relaterade artiklar", "læs også",
    "relaterede artikler", "les også", "relaterte artikler", "lue myös", "aiheesta lisää",
    "kapcsolódó cikkek", "citește și", "articole similare", "știri similare",
    "tin liên quan", "bài viết liên quan", "xem thêm", "اخبار مرتبط", "مطالب مرتبط",
    "بیشتر بخوانید",
    # lists of the site's most read stories, links to other stories as related ones are
    "most read", "most popular", "most viewed", "trending now", "meistgelesen",
    "meistgelesene artikel", "les plus lus", "articles les plus lus", "lo más leído",
    "lo más visto", "i più letti", "più letti", "mais lidas", "mais lidos", "meest gelezen",
    "самое читаемое", "самое популярное", "популярное", "热门新闻", "热门文章", "最受欢迎",
)  # fmt: skip

#: Header of a block of links to other stories.
RELATED_HEADER = re.compile(
    r"^(?:related(?:\s+(?:readings?|articles?|stories|posts|news|content|coverage|links?))?|"
    r"read\s+(?:also|more|next)|see\s+also|more\s+(?:on\s+this|stories|news|from|about)\b.{0,40}|"
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)|recommended(?:\s+for\s+you)?|"
    r"mehr\s+zum\s+thema|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|weitere\s+artikel|"
    r"das\s+könnte\s+sie\s+auch\s+interessieren|(?:à\s+)?lire\s+aussi|voir\s+aussi|"
    r"sur\s+le\s+même\s+sujet|te\s+puede\s+interesar|noticias\s+relacionadas|leer\s+más|"
    r"leggi\s+anche|articoli\s+correlati|veja\s+também|leia\s+(?:também|mais)|lees\s+ook|"
    r"meer\s+over\s+dit\s+onderwerp|читайте\s+также|相关(?:新闻|阅读|文章)|"
    rf"{alt(_RELATED_HEADINGS_MORE)})\s*[:：]?$",
    _I,
)

#: Interface text: sharing, subscribing, font size, cookies, rights, ads. Only trusted on
#: short lines, where it cannot be part of a sentence of the article.
BOILERPLATE = re.compile(
    r"\b(?:share|tweet|e-?mail|print|subscribe|newsletter|sign\s+(?:up|in)|log\s*in|"
    r"follow\s+us|cookies?|privacy|all\s+rights\s+reserved|copyright|advertisement|"
    r"skip\s+to|toggle|menu|search|teilen|drucken|anzeige|werbung|abonnieren|"
    r"datenschutz|impressum|partager|imprimer|publicité|compartir|imprimir|publicidad|"
    r"condividi|stampa|pubblicità|compartilhar|delen|afdrukken|advertentie|"
    r"поделиться|реклама|分享|打印)\b|^(?:large|small|medium|a\+?|a-)(?:\s+(?:large|medium|small|"
    r"a\+|a-|a))+$|©|\(c\)\s*\d{4}",
    _I,
)

#: A bracketed note closing a line: "[Agencies]", "[Photo/Xinhua]", but as often a citation
#: ("[12]", "[citation needed]") or an agency closing a paragraph ("[Reuters]").
_BRACKET_NOTE = r"\[(?:[^\[\]]{0,40}/)?[^\[\]]{2,40}\]$"
#: What only a caption carries: "(Photo: AFP)", "Foto: dpa", "Photograph by ...".
_CAPTION_CUE = (
    r"\((?:photo|foto|image|bild|picture|credit|crédit|source)\b[^()]{0,60}\)$"
    r"|^(?:photo|foto|image|bild|picture|credit|crédit|photograph)\s*(?:[:©/]|by\b)"
    r"|(?:photo|foto|image|picture)\s*[:©/]\s*[^.]{2,60}$"
)
#: Photo credits that end or open a caption: a caption cue, or a bracketed note, which
#: newsx.pipeline.labelling takes for a credit only on a line that is otherwise caption-like.
CAPTION_CREDIT = re.compile(f"{_BRACKET_NOTE}|{_CAPTION_CUE}", _I)
CAPTION_CUE = re.compile(_CAPTION_CUE, _I)
BRACKET_NOTE = re.compile(_BRACKET_NOTE)
#: Where a text dump shows an image: its alt text as a line, or a marker ("[image]", "[IMG]").
IMAGE_MARKER = re.compile(
    r"^\[(?:image|img|photo|foto|bild|picture|graphic|grafik)\b[^\[\]]{0,60}\]$", _I
)
#: A label standing over a caption: "Photo", "Bildunterschrift:", "Image caption".
CAPTION_LABEL = re.compile(
    r"^(?:photo|foto|image|bild|picture)(?:\s*caption|unterschrift)?\s*:?$", _I
)

#: BOILERPLATE and CAPTION_CREDIT for text already lower-cased, as the features stage has it
#: for every line: without IGNORECASE Python's re runs these searches about three times faster.
BOILERPLATE_LOWER = re.compile(BOILERPLATE.pattern)
CAPTION_CREDIT_LOWER = re.compile(CAPTION_CREDIT.pattern)

#: "BEIJING - ", "WASHINGTON, Oct 21 (Reuters) — ", "BERLIN (dpa) - ".
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]*(?:\s[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]*){0,3})"
    r"(?:,\s[\w.]{2,12}(?:\s\d{1,2})?(?:,\s\d{4})?)?"
    r"(?:\s?\((?P<agency>[^()]{2,30})\))?\s?[-–—]{1,2}\s"
)

_CRUMB_SEPARATOR = r">>?|»|›|/|\||::"
#: A breadcrumb: "Home>>Foreign Affairs", "Home > World > Asia", "Start / Politik".
BREADCRUMB = re.compile(
    r"^(?:home|start|startseite|accueil|inicio|portada|inizio|início|главная|首页)\s*"
    rf"(?:{_CRUMB_SEPARATOR})",
    _I,
)
#: Split on the separators alone (callers strip the parts): a leading \s* would rescan long
#: runs of spaces from every position.
BREADCRUMB_SPLIT = re.compile(_CRUMB_SEPARATOR)

#: The comment count a page states: "3 comments", "Kommentare (12)", "12 Antworten".
COMMENT_COUNT = re.compile(
    rf"(?<![\d,.])(\d[\d,.]{{0,12}})\s{{0,3}}"
    rf"(?:{_COMMENT_NOUNS}|{alt(REPLIES_COUNTED + THOUGHT_NOUNS)})"
    rf"|{_COMMENT_NOUNS}\s{{0,3}}[(\[:]\s{{0,3}}(\d[\d,.]{{0,12}})",
    _I,
)

#: The publisher or agency closing a byline: "By Ma Liyao (China Daily)".
SOURCE_IN_BYLINE = re.compile(r"\((?P<source>[^()]{2,60})\)\s*$")

#: The wire services, national news agencies and broadcasters whose short names follow a
#: reporter's name ("Jane Doe, AFP", "Jane Doe, CNN") or close a story ("(Reuters)"): world
#: knowledge, not a site's template.
NEWS_AGENCIES = frozenset(
    "ap afp dpa reuters upi ansa efe epd kna apa sda ats ddp ap-dpa xinhua tass ria itar-tass "
    "interfax kyodo jiji yonhap pti ians ani bernama antara pa cp aap nzpa anp belga ctk pap "
    "mti tt ntb ritzau stt lusa europa-press agencies bloomberg "
    "cnn bbc abc cbs nbc npr pbs fox msnbc cnbc cbc itv rte ard zdf orf srf br ndr wdr mdr swr "
    "rbb hr dw rai rtve rtl tf1 nos vrt rtbf nhk kbs".split()
)


def is_news_agency(text: str) -> bool:
    """Whether `text` is a news agency's or broadcaster's short name ("AFP", "dpa", "CNN")."""
    return text.strip(" .").lower() in NEWS_AGENCIES


#: Words that are never part of a person's name in a byline.
NOT_A_NAME = re.compile(
    r"\b(?:staff|reporter|correspondent|editor|editors|writer|team|desk|newsroom|updated|"
    r"published|email|e-mail|the\s+author|contributor|redaktion|korrespondent|rédaction|"
    r"redacción|redazione|redactie|agency|agencies|news|press|wire|online|senior|junior|"
    r"director|manager|analyst|founder|co-founder|ceo|cto|head|chief|president|expert|"
    r"columnist|columnists|specialist|consultant|strategist|marketing|content|profile|"
    r"blog|tips|guide|logo|sponsored|more|view|all|posts|articles|stories|top|latest|"
    r"executive|associate|assistant|deputy|managing|contributing|freelance|guest|journalist|"
    r"journalistin|author|autor|autorin|photographer|fotograf|producer|host|researcher|"
    # German job titles by their ending: (Chef)redakteur, Projektleiterin, Pressesprecher...
    r"\w*(?:redakteur|leiter|sprecher|mitarbeiter|autor|korrespondent)(?:in|innen)?)\b",
    _I,
)


#: A comment heading that counts zero ("0 Kommentare", "Comments (0)") heads no comments:
#: usually a link beside the byline, above the article it would otherwise cut off.
_ZERO_COUNT = re.compile(r"(?<![\d.,])0(?![\d.,])")


def no_comments(heading: str) -> bool:
    """Whether a comment heading states that there are no comments."""
    return _ZERO_COUNT.search(heading) is not None
