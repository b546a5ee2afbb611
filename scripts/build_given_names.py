"""Build newsx/data/given_names.txt from Faker's person providers (MIT licence).

Usage: python scripts/build_given_names.py FAKER_UNPACKED_DIR newsx/data/given_names.txt
(FAKER_UNPACKED_DIR: an unpacked Faker 40.54.0 wheel or sdist; Faker is not a dependency.)
Takes first_names* of every locale whose names are written in Latin or Cyrillic script,
lower-cases them, drops words that are stopwords in newsx's languages.
"""

import importlib
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

src, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, src)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import faker  # noqa: E402
import faker.providers.person as P  # noqa: E402

from newsx.text.language import LANGUAGES, stopwords  # noqa: E402

stop = set().union(*(stopwords(lang) for lang in LANGUAGES))
ok = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ][A-Za-zÀ-ɏЀ-ӿ'\-]+")
names = set()
where = {}
for m in pkgutil.iter_modules(P.__path__):
    prov = importlib.import_module(f"faker.providers.person.{m.name}").Provider
    for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
        v = next((b.__dict__[attr] for b in prov.__mro__ if attr in b.__dict__), None)
        if isinstance(v, (tuple, list, dict, set, frozenset)):
            for n in v:
                n = unicodedata.normalize("NFC", str(n).strip())
                if ok.fullmatch(n):
                    names.add(n.lower())
                    where.setdefault(n.lower(), set()).add(m.name)
names -= stop
# Faker's "en" list is the long tail of US birth records, where words that are rarely
# names ("Case", "Press", "Texas") stand; a name only it has is left out.
names = {n for n in names if where[n] != {"en"}}
head = (
    "# Given names, one a line, lower-cased: the first_names lists of every Latin- and\n"
    f"# Cyrillic-script locale of Faker {faker.VERSION} (faker/providers/person/*, MIT licence,\n"
    "# https://github.com/joke2k/faker), less the stopwords of newsx's languages and less\n"
    '# the names found only in the long tail of its generic "en" list.\n'
)
Path(out).write_text(head + "\n".join(sorted(names)) + "\n", encoding="utf-8")
print(len(names))
