"""Pages in the languages of a crawl, written by hand: a menu, the headline, a date line, three
paragraphs, a related list and a comment heading. Each must give its title, its date, its
language, its three paragraphs and nothing else as the body, and a word count within 20% of
the reference: the words between spaces, and in Chinese and Japanese, which write no spaces,
each ideograph and kana (the word processors' convention), counted here independently of
newsx by a plain character-class rule."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

import newsx


@dataclass(frozen=True)
class Page:
    lang: str
    menu: str
    title: str
    date_line: str
    date: str
    paragraphs: tuple[str, str, str]
    related: tuple[str, str, str]
    """The related list's heading and two items."""
    comments: str

    def text(self) -> str:
        return "\n\n".join(
            [self.menu, self.title, self.date_line, *self.paragraphs, *self.related, self.comments]
        )


PAGES = [
    Page(
        "ja",
        "ホーム | ニュース | 経済 | スポーツ | 天気",
        "東京で国際会議が開幕、首脳らが経済協力を協議",
        "2011年10月21日 08:30",
        "2011-10-21T08:30",
        (
            "東京で21日、アジア太平洋地域の首脳らが集まる国際会議が開幕した。各国の代表は貿易と"
            "投資の拡大について意見を交わし、地域の経済協力を強化する方針で一致した。",
            "会議では、エネルギー価格の高騰や食料の安定供給も主な議題となった。議長を務めた首相は"
            "記者会見で、各国が協力して課題に取り組む必要があると述べた。",
            "会議は23日まで続き、最終日には共同声明が採択される予定だ。専門家は、今回の合意が"
            "地域の成長に大きな影響を与えると見ている。",
        ),
        ("関連記事", "・円相場、一時1ドル=76円台に", "・日経平均、3日続伸"),
        "コメント（2）",
    ),
    Page(
        "zh",
        "首页 | 新闻 | 财经 | 体育 | 天气",
        "亚太领导人在东京开会 讨论加强经济合作",
        "2011年10月21日 08:30",
        "2011-10-21T08:30",
        (
            "亚太地区各国领导人21日在东京举行会议，就扩大贸易和投资交换了意见，并同意进一步加强"
            "地区经济合作。",
            "能源价格上涨和粮食稳定供应也是会议的主要议题。担任主席的首相在记者会上表示，各国"
            "必须共同努力应对挑战。",
            "会议将持续到23日，最后一天预计将通过联合声明。专家认为，这次达成的共识将对地区发展"
            "产生重要影响。",
        ),
        ("相关新闻", "· 日元汇率创历史新高", "· 日经指数连续三天上涨"),
        "评论（2）",
    ),
    Page(
        "ko",
        "홈 | 뉴스 | 경제 | 스포츠 | 날씨",
        "아시아태평양 정상들 도쿄서 회의 개막, 경제 협력 논의",
        "2011년 10월 21일 08:30",
        "2011-10-21T08:30",
        (
            "아시아태평양 지역 정상들이 21일 도쿄에서 국제회의를 열고 무역과 투자 확대 방안에 "
            "대해 의견을 나눴으며, 지역 경제 협력을 강화하기로 합의했다.",
            "회의에서는 에너지 가격 상승과 식량의 안정적인 공급도 주요 의제로 다뤄졌다. 의장을 "
            "맡은 총리는 기자회견에서 각국이 함께 과제에 대응해야 한다고 말했다.",
            "회의는 23일까지 계속되며 마지막 날에는 공동성명이 채택될 예정이다. 전문가들은 이번 "
            "합의가 지역 성장에 큰 영향을 미칠 것으로 보고 있다.",
        ),
        ("관련 기사", "- 엔화 환율 사상 최고치 경신", "- 닛케이 지수 사흘 연속 상승"),
        "댓글 (2)",
    ),
    Page(
        "ar",
        "الرئيسية | أخبار | اقتصاد | رياضة | طقس",
        "قادة آسيا والمحيط الهادئ يجتمعون في طوكيو لبحث التعاون الاقتصادي",
        "21 أكتوبر 2011",
        "2011-10-21",
        (
            "اجتمع قادة منطقة آسيا والمحيط الهادئ يوم الجمعة في طوكيو، وتبادلوا الآراء حول توسيع "
            "التجارة والاستثمار، واتفقوا على تعزيز التعاون الاقتصادي في المنطقة خلال السنوات "
            "المقبلة.",
            "وكان ارتفاع أسعار الطاقة وضمان إمدادات الغذاء من أبرز القضايا على جدول الأعمال. وقال "
            "رئيس الوزراء الذي ترأس الاجتماع في مؤتمر صحفي إن على الدول أن تعمل معا لمواجهة هذه "
            "التحديات.",
            "ويستمر الاجتماع حتى يوم الأحد، ومن المتوقع أن يتبنى القادة بيانا مشتركا في اليوم "
            "الأخير. ويرى الخبراء أن هذا الاتفاق سيكون له أثر كبير على نمو المنطقة.",
        ),
        ("أخبار ذات صلة", "- الين يسجل أعلى مستوى له", "- مؤشر نيكاي يرتفع لليوم الثالث"),
        "التعليقات (2)",
    ),
    Page(
        "el",
        "Αρχική | Ειδήσεις | Οικονομία | Αθλητισμός | Καιρός",
        "Οι ηγέτες της Ασίας και του Ειρηνικού συναντώνται στο Τόκιο για το εμπόριο",
        "21 Οκτωβρίου 2011",
        "2011-10-21",
        (
            "Οι ηγέτες της περιοχής της Ασίας και του Ειρηνικού συναντήθηκαν την Παρασκευή στο "
            "Τόκιο και συζήτησαν για την επέκταση του εμπορίου και των επενδύσεων, ενώ "
            "συμφώνησαν να ενισχύσουν την οικονομική συνεργασία της περιοχής.",
            "Η άνοδος των τιμών της ενέργειας και η σταθερή προμήθεια τροφίμων ήταν επίσης στα "
            "κύρια θέματα. Ο πρωθυπουργός που προήδρευσε δήλωσε σε συνέντευξη Τύπου ότι οι χώρες "
            "πρέπει να συνεργαστούν για να αντιμετωπίσουν τις προκλήσεις.",
            "Η σύνοδος θα διαρκέσει μέχρι την Κυριακή, όταν αναμένεται να υιοθετηθεί κοινή "
            "δήλωση. Οι ειδικοί εκτιμούν ότι η συμφωνία θα έχει μεγάλη επίδραση στην ανάπτυξη "
            "της περιοχής.",
        ),
        ("Σχετικά άρθρα", "- Το γεν σε νέο ιστορικό υψηλό", "- Άνοδος για τρίτη μέρα στο Τόκιο"),
        "Σχόλια (2)",
    ),
    Page(
        "ru",
        "Главная | Новости | Экономика | Спорт | Погода",
        "Лидеры АТР собрались в Токио, чтобы обсудить торговлю",
        "21 октября 2011, 08:30",
        "2011-10-21T08:30",
        (
            "Лидеры стран Азиатско-Тихоокеанского региона в пятницу собрались в Токио, обсудили "
            "расширение торговли и инвестиций и договорились укреплять экономическое "
            "сотрудничество в регионе.",
            "Рост цен на энергоносители и стабильные поставки продовольствия также были среди "
            "главных тем. Председательствовавший премьер-министр заявил на пресс-конференции, что "
            "страны должны вместе решать эти задачи.",
            "Встреча продлится до воскресенья, когда лидеры, как ожидается, примут совместное "
            "заявление. Эксперты считают, что это соглашение сильно повлияет на рост региона.",
        ),
        ("Читайте также", "- Иена обновила исторический максимум", "- Индекс Nikkei растёт"),
        "Комментарии (2)",
    ),
    Page(
        "tr",
        "Ana Sayfa | Haberler | Ekonomi | Spor | Hava Durumu",
        "Asya-Pasifik liderleri ticareti görüşmek için Tokyo'da bir araya geldi",
        "21 Ekim 2011 08:30",
        "2011-10-21T08:30",
        (
            "Asya-Pasifik bölgesinin liderleri cuma günü Tokyo'da bir araya gelerek ticaret ve "
            "yatırımların artırılmasını görüştü ve bölgedeki ekonomik işbirliğini güçlendirme "
            "konusunda anlaştı.",
            "Enerji fiyatlarındaki artış ve gıdanın istikrarlı tedariki de ana gündem maddeleri "
            "arasındaydı. Toplantıya başkanlık eden başbakan, basın toplantısında ülkelerin bu "
            "sorunlarla birlikte mücadele etmesi gerektiğini söyledi.",
            "Toplantı pazar gününe kadar sürecek ve son gün ortak bir bildirinin kabul edilmesi "
            "bekleniyor. Uzmanlar, bu anlaşmanın bölgenin büyümesi üzerinde büyük bir etkisi "
            "olacağını düşünüyor.",
        ),
        ("İlgili Haberler", "- Yen rekor seviyeye yükseldi", "- Nikkei üçüncü gün de yükseldi"),
        "Yorumlar (2)",
    ),
    Page(
        "hi",
        "होम | समाचार | व्यापार | खेल | मौसम",
        "एशिया-प्रशांत के नेता व्यापार पर चर्चा के लिए टोक्यो में मिले",
        "21 अक्टूबर 2011",
        "2011-10-21",
        (
            "एशिया-प्रशांत क्षेत्र के नेताओं ने शुक्रवार को टोक्यो में मुलाकात की और व्यापार तथा निवेश "
            "बढ़ाने पर विचार-विमर्श किया। उन्होंने क्षेत्र में आर्थिक सहयोग को मजबूत करने पर सहमति "
            "जताई।",
            "ऊर्जा की बढ़ती कीमतें और खाद्य पदार्थों की स्थिर आपूर्ति भी मुख्य मुद्दों में शामिल थीं। "
            "बैठक की अध्यक्षता करने वाले प्रधानमंत्री ने संवाददाता सम्मेलन में कहा कि सभी देशों को "
            "मिलकर इन चुनौतियों का सामना करना होगा।",
            "यह बैठक रविवार तक चलेगी और अंतिम दिन एक संयुक्त बयान जारी होने की उम्मीद है। "
            "विशेषज्ञों का मानना है कि इस समझौते का क्षेत्र के विकास पर बड़ा असर होगा।",
        ),
        ("संबंधित खबरें", "- येन रिकॉर्ड ऊंचाई पर", "- निक्केई में लगातार तीसरे दिन तेजी"),
        "टिप्पणियाँ (2)",
    ),
    Page(
        "pl",
        "Strona główna | Wiadomości | Gospodarka | Sport | Pogoda",
        "Przywódcy Azji i Pacyfiku spotkali się w Tokio, by rozmawiać o handlu",
        "21 października 2011, 08:30",
        "2011-10-21T08:30",
        (
            "Przywódcy państw regionu Azji i Pacyfiku spotkali się w piątek w Tokio, rozmawiali o "
            "rozwoju handlu i inwestycji i uzgodnili, że będą wzmacniać współpracę gospodarczą w "
            "regionie.",
            "Rosnące ceny energii i stabilne dostawy żywności były również wśród głównych tematów. "
            "Premier, który przewodniczył obradom, powiedział na konferencji prasowej, że kraje "
            "muszą wspólnie stawić czoła tym wyzwaniom.",
            "Spotkanie potrwa do niedzieli, kiedy przywódcy mają przyjąć wspólne oświadczenie. "
            "Eksperci uważają, że to porozumienie będzie miało duży wpływ na wzrost regionu.",
        ),
        ("Czytaj także", "- Jen najmocniejszy w historii", "- Nikkei rośnie trzeci dzień"),
        "Komentarze (2)",
    ),
    Page(
        "he",
        "ראשי | חדשות | כלכלה | ספורט | מזג אוויר",
        "מנהיגי אסיה והאוקיינוס השקט נפגשו בטוקיו כדי לדון בסחר",
        "21 באוקטובר 2011",
        "2011-10-21",
        (
            "מנהיגי מדינות אסיה והאוקיינוס השקט נפגשו ביום שישי בטוקיו, דנו בהרחבת הסחר "
            "וההשקעות והסכימו לחזק את שיתוף הפעולה הכלכלי באזור בשנים הבאות.",
            "עליית מחירי האנרגיה והאספקה היציבה של מזון היו גם הם בין הנושאים המרכזיים. ראש "
            "הממשלה, שעמד בראש הפגישה, אמר במסיבת עיתונאים כי על המדינות לפעול יחד מול האתגרים.",
            "הפגישה תימשך עד יום ראשון, אז צפויים המנהיגים לאמץ הצהרה משותפת. מומחים מעריכים כי "
            "להסכם תהיה השפעה גדולה על הצמיחה באזור.",
        ),
        ("כתבות קשורות", "- הין בשיא של כל הזמנים", "- מדד ניקיי עולה זה היום השלישי"),
        "תגובות (2)",
    ),
    Page(
        "id",
        "Beranda | Berita | Ekonomi | Olahraga | Cuaca",
        "Para pemimpin Asia-Pasifik bertemu di Tokyo untuk membahas perdagangan",
        "21 Oktober 2011 08:30",
        "2011-10-21T08:30",
        (
            "Para pemimpin negara di kawasan Asia-Pasifik bertemu di Tokyo pada hari Jumat, "
            "membahas perluasan perdagangan dan investasi, dan sepakat untuk memperkuat kerja sama "
            "ekonomi di kawasan itu.",
            "Kenaikan harga energi dan pasokan pangan yang stabil juga menjadi pokok bahasan "
            "utama. Perdana menteri yang memimpin pertemuan itu mengatakan dalam konferensi pers "
            "bahwa negara-negara harus bekerja sama menghadapi tantangan tersebut.",
            "Pertemuan itu akan berlangsung hingga hari Minggu, ketika para pemimpin diperkirakan "
            "akan mengadopsi pernyataan bersama. Para ahli menilai kesepakatan ini akan berdampak "
            "besar bagi pertumbuhan kawasan.",
        ),
        ("Berita Terkait", "- Yen cetak rekor tertinggi", "- Nikkei naik tiga hari berturut-turut"),
        "Komentar (2)",
    ),
    Page(
        "uk",
        "Головна | Новини | Економіка | Спорт | Погода",
        "Лідери АТР зібралися в Токіо, щоб обговорити торгівлю",
        "21 жовтня 2011, 08:30",
        "2011-10-21T08:30",
        (
            "Лідери країн Азійсько-Тихоокеанського регіону в п'ятницю зібралися в Токіо, "
            "обговорили розширення торгівлі та інвестицій і домовилися зміцнювати економічну "
            "співпрацю в регіоні.",
            "Зростання цін на енергоносії та стабільні постачання продовольства також були серед "
            "головних тем. Прем'єр-міністр, який головував на зустрічі, заявив на "
            "пресконференції, що країни мають разом долати ці виклики.",
            "Зустріч триватиме до неділі, коли лідери, як очікується, ухвалять спільну заяву. "
            "Експерти вважають, що ця угода матиме великий вплив на зростання регіону.",
        ),
        ("Читайте також", "- Єна оновила історичний максимум", "- Індекс Nikkei зростає"),
        "Коментарі (2)",
    ),
]

#: A word by the reference rule: an ideograph or a kana, or a run of anything else between
#: spaces.
_REFERENCE_WORD = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+"
)
#: Punctuation alone is no word.
_PUNCTUATION_ONLY = re.compile(r"[\W_]+")


def reference_count(text: str) -> int:
    return sum(1 for w in _REFERENCE_WORD.findall(text) if not _PUNCTUATION_ONLY.fullmatch(w))


@pytest.mark.parametrize("page", PAGES, ids=[p.lang for p in PAGES])
def test_a_page_in_its_language(page: Page) -> None:
    article = newsx.extract(page.text())
    assert article.title == page.title
    assert article.published == page.date
    assert article.language == page.lang
    assert article.body == "\n\n".join(page.paragraphs)
    want = reference_count(article.body)
    assert abs(article.word_count - want) <= 0.2 * want


def test_the_pages_cover_the_languages_of_the_issue() -> None:
    assert {"ja", "zh", "ko", "ar", "el", "ru", "tr", "hi"} <= {p.lang for p in PAGES}
    assert len(PAGES) >= 12
