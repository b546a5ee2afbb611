"""Words of reader discussion: the nouns a comment section is headed and counted by, and
those of its replies.

newsx.vocab.cues builds the comment-heading and comment-count patterns from these;
newsx.comments and newsx.meta.names read them too.
"""

from __future__ import annotations

#: "3 comments", "1 Kommentar", "12 commentaires", "Comentários (4)".
COMMENT_NOUNS = tuple(
    (
        "comment comments kommentar kommentare commentaire commentaires comentario comentarios"
        " commento commenti comentário comentários reactie reacties 条评论"
        # the languages of a crawl beyond the nine (text.language.STOPWORD_LANGUAGES)
        " コメント 댓글 تعليق تعليقات التعليقات σχόλιο σχόλια yorum yorumlar टिप्पणी टिप्पणियां"
        " टिप्पणियाँ komentarz komentarze komentarzy תגובות komentar коментар коментарі"
        " коментарів komentář komentáře komentářů kommentarer kommentit kommenttia"
        " hozzászólás hozzászólások comentarii نظرات دیدگاه"
    ).split()
)
#: Stems of nouns with many case endings: "комментарий", "комментариев", "комментария".
COMMENT_STEMS = ("комментари",)
#: Singular nouns that head an opinion piece as often as a comment section: "Kommentar:
#: Die Regierung muss handeln". Counted ("1 Kommentar") they are comments; alone, not.
EDITORIAL_NOUNS = frozenset({"kommentar", "commento"})
#: Headings of readers' letters and comments with no count: "Leserbriefe", "评论".
READER_HEADINGS = ("leserbriefe", "leserstimmen", "评论", "留言")
#: "12 replies", "5 Antworten", "3 réponses", "Responses": replies to the article.
REPLY_NOUNS = tuple(
    (
        "reply replies response responses reaction reactions antwort antworten réponse réponses"
        " respuesta respuestas risposta risposte resposta respostas meinungen"
    ).split()
)
REPLY_STEMS = ("отзыв",)
#: Replies that count the page's comments ("12 replies", "5 Antworten"): plurals only, as
#: "1 Reply" is as often the button under each comment.
REPLIES_COUNTED = ("responses", "replies", "antworten", "réponses", "respuestas", "risposte")
#: "5 thoughts on “Title”", "3 Gedanken zu „Titel“".
THOUGHT_NOUNS = tuple(
    (
        "thought thoughts gedanke gedanken réflexion réflexions pensamiento pensamientos"
        " pensiero pensieri pensamento pensamentos gedachte gedachten"
    ).split()
)
