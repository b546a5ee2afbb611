"""The words of a comment section's furniture, in every language newsx reads: what a
commenter "says", the buttons and counters between comments ("Reply", "Antworten"), relative
time stamps ("vor 3 Tagen"), the words before a commenter's name ("Kommentar von"), weekday
names closing it, pingbacks and the comment form's heading.

newsx.comments.headers reads record headers with them, newsx.comments.threads splits a
section into records.
"""

from __future__ import annotations

import re

#: "Jane says:", "Max sagt:", "Jean dit :", "Anonymous said...", glued "NCWiensays:".
SAYS_WORDS = (
    r"(?:says|said|writes|wrote|sagt|schreibt|schrieb|meint|dit|écrit|dice|escribió|escribe|"
    r"scrive|ha\s+scritto|diz|escreveu|zegt|schreef|пишет|написал[а]?)"
)
#: How a line that SAYS can match ends: a cheap test before the pattern.
SAYS_ENDINGS = (
    "says",
    "said",
    "writes",
    "wrote",
    "sagt",
    "schreibt",
    "schrieb",
    "meint",
    "dit",
    "écrit",
    "dice",
    "escribió",
    "escribe",
    "scrive",
    "scritto",
    "diz",
    "escreveu",
    "zegt",
    "schreef",
    "пишет",
    "написал",
    "написала",
)
SAYS = re.compile(
    rf"^(?P<author>\S.{{0,60}}?)(?:\s+{SAYS_WORDS}\s*(?::|\.{{3}}|…)?|{SAYS_WORDS}:)\s*$", re.I
)
#: Words of the buttons, counters and thread markers between comments, and the words that
#: join them ("Log in to reply", "Zum Antworten anmelden"). A line made of nothing else
#: ("Reply", "ReplyDelete", "Antworten Löschen", "12 points", "level 2") is not comment text.
CONTROL_WORD = re.compile(
    r"replies|reply|delete|report(?:\s+abuse)?|flag|quote|likes|like|dislike|upvotes?|"
    r"downvotes?|share|edited|edit|permalink|link|votes|vote|points|point|level|hide|collapse|"
    r"expand|"
    r"log\s*in|sign\s+in|anmelden|einloggen|se\s+connecter|iniciar\s+sesión|accedi|to|zum|um|zu|"
    r"cancel\s+reply|show\s+(?:all|more)|load\s+more|translate|original|"
    r"continue\s+this\s+thread|antworten|antwort|löschen|melden|zitieren|bearbeiten|"
    r"gefällt\s+mir|daumen\s+(?:hoch|runter)|abbrechen|"
    r"répondre|signaler|citer|j'aime|modifier|supprimer|responder|denunciar|citar|"
    r"me\s+gusta|rispondi|segnala|cita|mi\s+piace|beantwoorden|reageer|ответить|"
    r"пожаловаться|回复|举报|赞",
    re.I,
)
#: What a control line may hold besides control words: counters, arrows, separators.
CONTROL_REST = re.compile(r"[\W\d_]*")
#: "6 years ago", "vor 3 Tagen", "il y a 2 jours", "hace 5 días": a comment's time stamp
#: when the page gives no date.
AGO = re.compile(
    r"\b(?:\d+|an?|one|einem|einer|un|une|uno|una|um|uma|een)\s+"
    r"(?:sec|min|hour|day|week|month|year|stunde|tag|woche|monat|jahr|minute|seconde|heure|"
    r"jour|semaine|mois|an|année|segundo|minuto|hora|día|dia|semana|mes|año|ora|giorno|"
    r"settiman|mese|ann|mês|ano|uur|dag|maand|jaar|секунд|минут|час|дн|день|недел|месяц|"
    r"год|лет)\w{0,10}\s+(?:ago|her|fa|geleden|atrás|назад)\b"
    r"|\b(?:vor|il\s+y\s+a|hace|há)\s+(?:\d+|einem|einer|einigen|un|une|uno|una|um|uma)\s+"
    r"[^\W\d_]{2,12}"
    r"|\d+\s*(?:秒|分钟|小时|天|周|个月|年)前",
    re.I,
)
#: Words before a commenter's name: "#1", "Avatar", "Kommentar von", "Comment by".
AUTHOR_PREFIX = re.compile(
    r"^(?:#?\d{1,4}[.:)]?\s+|avatar\s+|(?:profilbild|benutzerbild|photo|picture)\s+(?:von|of|de)\s+|"
    r"(?:\w+\s+)?(?:kommentar|comment|commentaire|comentario|commento|reactie)\s+"
    r"(?:von|by|from|de|di|van)\s+|(?:posted|written|submitted)\s+by\s+|by\s+|von\s+)",
    re.I,
)
#: A weekday closing the name part: "Max Muster, Do 9 Apr 2020", "Jane | Tue, 3 March".
WEEKDAY_END = re.compile(
    r"[\s,|]+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|mié|jue|vie|sáb|dom|lunes|martes|miércoles|jueves|viernes|sábado|domingo|gio|"
    r"sab|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|seg|ter|qua|qui|sex|ma|wo|vr|za|zo)"
    r"\.?,?$",
    re.I,
)
#: "Pingback: ..." and "Trackback: ..." entries list other sites' links, not comments.
PINGBACK = re.compile(r"^(?:pingback|trackback)\b", re.I)
#: A comment form's heading inside or after the section: "Leave a reply", "Schreibe einen
#: Kommentar". Only the forms, not counts: "2 replies" heads a thread inside the section.
FORM = re.compile(
    r"^(?:leave|post|add|write|submit)\s+(?:a|your|the|new)?\s*(?:comment|reply|response)"
    r"|^(?:schreibe|hinterlasse|verfasse)\s+(?:einen|den|deinen|ihren)\s+kommentar"
    r"|^kommentar\s+(?:schreiben|verfassen|hinzufügen|abgeben)"
    r"|^(?:laisser|laissez|ajouter)\s+un\s+commentaire|^(?:deja|dejar|escribe)\s+(?:un|tu)\s+"
    r"comentario|^lascia\s+un\s+commento|^deixe?\s+(?:um|o\s+seu|seu)\s+comentário"
    r"|^(?:laat\s+een\s+reactie\s+achter|plaats\s+een\s+reactie)",
    re.I,
)
