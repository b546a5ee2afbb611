"""Words of authorship: "by" and its kin, the verbs of writing and publishing, and the
labels and nouns that stand before a writer's name.

newsx.vocab.cues builds the byline patterns from these; newsx.meta.bylines and
newsx.html.page_meta read them too.
"""

from __future__ import annotations

#: "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Por ...", "Door ...", "От ...".
BY_WORDS = ("by", "von", "par", "por", "door", "от")
#: "Di Mario Rossi", "Da ...", "De ...": also "of" and "from" in their languages, so they
#: count only where a line opens with them, never inside one.
ROMANCE_BY_WORDS = ("di", "da", "de")
#: Verbs after which "by" names the writer: "Written by", "Verfasst von", "Écrit par".
WRITING_VERBS = tuple(
    "written reported authored verfasst geschrieben écrit rédigé escrito scritto geschreven".split()
)
#: Verbs of posting, after which "by" names the writer of a blog or forum post: "Posted by",
#: "Erstellt von", and Blogger's "Publié par", "Publicado por", "Pubblicato da".
POSTING_VERBS = tuple(
    "posted erstellt gespeichert eingestellt publié publiée publicado pubblicato".split()
)
#: Verbs of publishing, after which "by" names the writer or, as often, the publisher
#: ("Published by Example Press"): a byline only where a date or the line's shape vouches.
PUBLISHING_VERBS = tuple("published veröffentlicht publiziert gepubliceerd".split())
#: Nouns before "by" that name the piece: "Words by", "Eine Kolumne von", "Analysis by".
PIECE_NOUNS = tuple(
    (
        "words story text kolumne beitrag kommentar article artikel post interview essay analyse"
        " analysis column"
    ).split()
)
#: "Author" in the languages newsx reads: a label before a name, or alone above it.
AUTHOR_WORDS = tuple("author authors autor autorin autoren auteur auteurs autore".split())
#: Labels before a colon and a name: "Autor: Jane Doe", "Reporter: ...", "作者：".
AUTHOR_LABELS = (
    *AUTHOR_WORDS,
    *"autor/in reporter redakteur redakteurin text interview 作者 记者 автор".split(),
    "escrito por",
)
#: Forum software's label for who opened a thread, before the name on the same line
#: ("Thread starter jdoe", doubled where a hidden label is dumped too).
STARTER_LABELS = ("thread starter", "topic starter", "themenstarter", "threadstarter")
#: Who is credited "by" these did not write the article: "Photo by", "Reviewed by".
NOT_WRITER_WORDS = tuple(
    (
        "photo photos foto fotos image images bild bilder credit video graphic graphics grafik"
        " illustration illustrations illustrated illustrator design designed edited reviewed"
        " checked translated übersetzt produced powered hosted sponsored presented made built"
        " theme"
    ).split()
)
