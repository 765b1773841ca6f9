"""Gold annotations for kg.evaluate: NAME.gold.json files read into one corpus-wide table
per class (an item mentioned in several files is one item; optional if no file requires it)."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

_STRIP = re.compile(r"[\s\"'“”‘’《》〈〉「」『』()（）【】\[\]·•,，。、]")


def norm(text) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFKC", str(text)))


def norm_org(text) -> str:
    text = norm(text)
    for prefix in ("中国共产党", "中共"):
        if text.startswith(prefix):
            return text[len(prefix):]
    return text


def full_date(value):
    """(year or None, month, day) of '2022-11-10', '--11-10', 'DATE/name' or '2022年11月10日'."""
    if value is None:
        return None
    text = str(value).strip()
    m = re.match(r"(\d{4}|-)-(\d{2})-(\d{2})", text) or re.search(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", text)
    if not m:
        return None
    year = int(m.group(1)) if m.group(1) and m.group(1) != "-" else None
    return (year, int(m.group(2)), int(m.group(3)))


@dataclass
class Item:
    names: set = field(default_factory=set)
    required: bool = False
    docs: set = field(default_factory=set)
    date: tuple | None = None
    hint: tuple | None = None


@dataclass
class Gold:
    officials: dict = field(default_factory=dict)    # name -> required
    bodies: dict = field(default_factory=dict)       # canonical -> Item
    policies: dict = field(default_factory=dict)
    meetings: dict = field(default_factory=dict)     # global id -> Item
    chaired: dict = field(default_factory=dict)      # (official, meeting id) -> required
    attended: dict = field(default_factory=dict)
    relayed: dict = field(default_factory=dict)

    @classmethod
    def load(cls, gold_dir) -> "Gold":
        gold = cls()
        files = sorted(Path(gold_dir).glob("*.gold.json"))
        if not files:
            raise InputError(gold_dir, "holds no *.gold.json file")
        for path in files:
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
                gold._add(doc)
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise InputError(path, f"not a gold file: {err}") from None
        return gold

    def _add(self, doc: dict) -> None:
        source = Path(doc["doc"]).name
        for o in doc.get("officials", []):
            _mark(self.officials, norm(o["name"]), not o.get("optional"))
        for kind, table in (("bodies", self.bodies), ("policies", self.policies)):
            for entry in doc.get(kind, []):
                names = {norm_org(n) for n in [entry["name"], *entry.get("aliases", [])]}
                key = norm_org(entry["name"])
                if kind == "policies":   # a policy is national: items sharing a name are one
                    key = next((k for k, v in sorted(table.items()) if v.names & names), key)
                item = table.setdefault(key, Item())
                item.names |= names
                item.required |= not entry.get("optional")
                item.docs.add(source)
        local = {}
        for m in doc.get("meetings", []):
            gid = m.get("global_id") or f'{source}#{m["id"]}'
            local[m["id"]] = gid
            item = self.meetings.setdefault(gid, Item(hint=full_date(m.get("global_id"))))
            item.names |= {norm(n) for n in [m["name"], *m.get("aliases", [])]}
            item.date = item.date or full_date(m.get("date"))
            item.required |= not m.get("optional")
            item.docs.add(source)
        for kind, table in (("chaired", self.chaired), ("attended", self.attended)):
            for e in doc.get(kind, []):
                _mark(table, (norm(e["official"]), local[e["meeting"]]), not e.get("optional"))
        for e in doc.get("relayed", []):
            _mark(self.relayed, (local[e["meeting"]], local[e["source"]]), not e.get("optional"))


def _mark(table: dict, key, required: bool) -> None:
    table[key] = table.get(key, False) or required
