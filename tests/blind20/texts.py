"""blind20: a fresh labelled set of longer free-text documents in eight languages.

``all_texts()`` returns a deterministic list of :class:`core.Text` items (``lang``, ``genre``, ``text``, ``spans``).
Values come from Faker and python-stdnum with fixed seeds; offsets are computed while the text is assembled.
"""

from __future__ import annotations

import zlib
from functools import cache

from . import tpl_de, tpl_en, tpl_es, tpl_fr, tpl_it, tpl_nl, tpl_pl, tpl_pt
from .core import Span, Text, fill
from .gen import Ctx

__all__ = ["Span", "Text", "all_texts"]

MODULES = {
    "en": tpl_en,
    "de": tpl_de,
    "fr": tpl_fr,
    "es": tpl_es,
    "it": tpl_it,
    "nl": tpl_nl,
    "pt": tpl_pt,
    "pl": tpl_pl,
}
PER_LANG = 100
# genders the wording of a genre implies (husband, daughter, "she", a female colleague)
GENDERS = {
    "social_post": {"p1": "f", "p4": "m"},
    "mixed_lang": {"p1": "f"},
    "medical_referral": {"p3": "f"},
    "linkedin_msg": {"p3": "f"},
}


@cache
def _build() -> tuple[Text, ...]:
    items: list[Text] = []
    for lang, mod in MODULES.items():
        templates = mod.TEMPLATES
        for i in range(PER_LANG):
            t_idx = i % len(templates)
            genre, template = templates[t_idx]
            seed = zlib.crc32(f"blind20/{lang}/{i}".encode())
            ctx = Ctx(lang, seed, GENDERS.get(genre))
            items.append(fill(lang, genre, template, ctx))
    return tuple(items)


def all_texts() -> list[Text]:
    return list(_build())
