"""Rules that are data: the TOML files in ``data/``, loaded once and cached.

Every word list Parley uses (speech cues, role nouns, countries, event nouns and verbs, topics,
stance markers) lives in a data file a user can edit; this module only reads them.
Raises ``FileNotFoundError`` / ``tomllib.TOMLDecodeError`` if a data file is missing or malformed.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed ``data/<name>.toml`` as a dict (cached per process)."""
    with open(DATA_DIR / f"{name}.toml", "rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True)
class Country:
    """One entry of ``data/countries.toml``."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    metonyms: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """All countries of ``data/countries.toml``."""
    return tuple(
        Country(
            name=c["name"],
            aliases=tuple(c.get("aliases", ())),
            demonyms=tuple(c.get("demonyms", ())),
            capital=c.get("capital", ""),
            metonyms=tuple(c.get("metonyms", ())),
        )
        for c in load("countries")["country"]
    )


def _norm(text: str) -> str:
    text = text.strip().replace("’", "'")
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text.strip().lower()


@functools.lru_cache(maxsize=1)
def _country_index() -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for c in countries():
        index.setdefault(_norm(c.name), (c.name, "name"))
        for alias in c.aliases:
            index.setdefault(_norm(alias), (c.name, "name"))
        for dem in c.demonyms:
            index.setdefault(_norm(dem), (c.name, "demonym"))
        if c.capital:
            index.setdefault(_norm(c.capital), (c.name, "capital"))
        for met in c.metonyms:
            index.setdefault(_norm(met), (c.name, "metonym"))
    return index


def country_of(text: str) -> tuple[str, str] | None:
    """``(country name, how)`` for a country name, alias, demonym, capital or metonym (``how`` is
    'name', 'demonym', 'capital' or 'metonym'), ignoring a leading 'the' and a trailing "'s";
    None when ``text`` names no country."""
    return _country_index().get(_norm(text))


@functools.lru_cache(maxsize=1)
def roles() -> dict:
    """``data/roles.toml``: person_roles, role_synonyms, group_nouns, org_nouns, honorifics,
    gendered_roles."""
    return load("roles")


@functools.lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    """Lower-case role nouns and phrases naming a person ("president", "defence secretary")."""
    return frozenset(r.lower() for r in roles()["person_roles"])


@functools.lru_cache(maxsize=1)
def names() -> dict:
    """``data/names.toml``: platforms, media, organisations."""
    return load("names")


@functools.lru_cache(maxsize=1)
def platform_names() -> frozenset[str]:
    """Lower-case names of social platforms (channels, never speakers)."""
    return frozenset(n.lower() for n in names()["platforms"])


@functools.lru_cache(maxsize=1)
def media_names() -> frozenset[str]:
    """Lower-case names of news organisations."""
    return frozenset(_norm(n) for n in names()["media"])


@functools.lru_cache(maxsize=1)
def organisation_names() -> dict[str, str]:
    """Lower-case organisation name -> the country it belongs to ('' for none)."""
    return {_norm(k): v for k, v in names()["organisations"].items()}


@functools.lru_cache(maxsize=1)
def cues() -> dict:
    """``data/cues.toml``: speech verbs, noun cues, channels, non-sources."""
    return load("cues")


@functools.lru_cache(maxsize=1)
def speech_verb_forms() -> frozenset[str]:
    """Lower-case inflected forms of the ``speech_verbs`` of ``data/cues.toml`` ("warn" -> warns,
    warned, warning; "deny" -> denied, denies) plus the irregular said/told/wrote/spoke/read: a
    word-level test for a speech verb where no parse is at hand."""
    forms = set()
    for verb in cues()["speech_verbs"]:
        forms.update({verb, verb + "s", verb + "ed", verb + "d", verb + "es", verb + "ing",
                      (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"})
        if verb.endswith("y"):
            forms.update({verb[:-1] + "ied", verb[:-1] + "ies"})
    forms.update({"said", "told", "wrote", "written", "added", "says", "tells", "writes", "spoke", "read"})
    return frozenset(forms)


@functools.lru_cache(maxsize=1)
def organisation_aliases() -> dict[str, str]:
    """Lower-case short name -> long canonical name ("eu" -> "European Union")."""
    return {k.lower(): v for k, v in names().get("aliases", {}).items()}


@functools.lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """First name -> 'f' or 'm' (``data/first_names.toml``); names not listed have no gender."""
    data = load("first_names")
    out = {name: "f" for name in data.get("female", [])}
    out.update({name: "m" for name in data.get("male", [])})
    return out
