"""Score a built graph against hand-made gold files (NAME.gold.json beside each report).

    evaluate(graph_path, gold_dir) -> Scores

The gold format and what counts are described in the annotation guide the project was
measured with (officials, bodies, policies, meetings; chaired, attended, relayed). The
comparison, over the whole corpus at once:
  - officials by exact name; bodies and policies by exact label against a gold name or alias
    (spaces, quotes and book-title marks removed, a leading 中共 / 中国共产党 dropped);
    gold policies sharing any name are one item;
  - meetings one-to-one: dates must agree (month-day; year where both have one), then the
    best character-bigram Dice of the label (date words removed) with a gold name, > 0.6;
  - where a node names its reports (kg:mentionedIn / kg:sourceFile), a match needs a report
    in common with the gold item;
  - edges after mapping both ends; an edge touching an optional item is optional; a sure
    chair is scored under chaired only, and elsewhere a chaired edge counts as attendance.
Optional gold items are removed from both sides. macro-F1 averages officials, meetings,
chaired, attended and relayed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.evaluate_gold import Gold, full_date, norm, norm_org

CORE = ("officials", "meetings", "chaired", "attended", "relayed")
MIN_DICE = 0.6
_DATE_WORDS = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class ClassScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list = field(default_factory=list)
    missed: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return round(self.tp / (self.tp + self.fp), 3) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return round(self.tp / (self.tp + self.fn), 3) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0, \
            self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return round(2 * p * r / (p + r), 3) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, "tp": self.tp,
                "fp": self.fp, "fn": self.fn, "false_positives": self.false_positives, "missed": self.missed}


@dataclass
class Scores:
    classes: dict[str, ClassScore]

    @property
    def macro_f1(self) -> float:
        return round(sum(self.classes[k].f1 for k in CORE) / len(CORE), 3)

    def as_dict(self) -> dict:
        return {**{k: v.as_dict() for k, v in self.classes.items()}, "macro_f1": self.macro_f1}


def evaluate(graph_path: str | Path, gold_dir: str | Path) -> Scores:
    from kg.evaluate_graph import GraphView

    gold = Gold.load(gold_dir)
    view = GraphView.load(graph_path)
    out: dict[str, ClassScore] = {}

    officials = view.nodes("Official")
    off_map = _align_names(view, officials, {k: ({k}, None) for k in gold.officials}, norm)
    out["officials"] = _count([(off_map.get(n), labs[:1]) for n, labs in officials.items()], gold.officials)
    for kind, cls, table in (("bodies", "Body", gold.bodies), ("policies", "Policy", gold.policies)):
        pred = view.nodes(cls)
        mapping = _align_names(view, pred, {k: (v.names, v.docs) for k, v in table.items()}, norm_org)
        out[kind] = _count([(mapping.get(n), labs[:1]) for n, labs in pred.items()],
                           {k: v.required for k, v in table.items()})
    meetings = view.nodes("Meeting")
    meet_map = _align_meetings(view, meetings, gold)
    out["meetings"] = _count([(meet_map.get(n), labs[:1]) for n, labs in meetings.items()],
                             {k: v.required for k, v in gold.meetings.items()})

    optional_ends = ({k for k, req in gold.officials.items() if not req}
                     | {k for k, v in gold.meetings.items() if not v.required})
    chaired = _edges(view, "chaired", off_map, meet_map, meetings, optional_ends)
    out["chaired"] = _count(chaired, gold.chaired)
    sure_chairs = {k for k, req in gold.chaired.items() if req}
    attended_gold = {k: v for k, v in gold.attended.items() if k not in sure_chairs}
    attended = [e for e in _edges(view, "attended", off_map, meet_map, meetings, optional_ends)
                if e[0] not in sure_chairs]
    stated = {k for k, _ in attended}
    attended += [(k, shown) for k, shown in chaired
                 if k in attended_gold and k not in stated and k not in sure_chairs]
    out["attended"] = _count(attended, attended_gold)
    out["relayed"] = _count(_edges(view, "relayedDirectiveFrom", meet_map, meet_map, meetings, optional_ends),
                            gold.relayed)
    return Scores(out)


def _align_names(view, pred, gold_items, normalise) -> dict:
    """Each predicted node -> a gold key with an equal normalised name (the gold's own name
    beats an alias, then a fixed order). Several nodes may take one key: the extra ones are
    unmerged duplicates and count as false positives."""
    out = {}
    for node, labels in pred.items():
        wanted = [normalise(label) for label in labels]
        candidates = sorted((key not in wanted, key) for key, (names, docs) in gold_items.items()
                            if any(w in names for w in wanted) and view.shares_report(node, docs))
        if candidates:
            out[node] = candidates[0][1]
    return out


def _align_meetings(view, pred, gold) -> dict:
    pairs = []
    for node, labels in pred.items():
        day = full_date(view.date(node))
        for gid, g in sorted(gold.meetings.items()):
            if not _dates_agree(day, g.date) or not view.shares_report(node, g.docs):
                continue
            sim = max((dice(_undated(label), name) for label in labels for name in g.names), default=0.0)
            if sim > MIN_DICE:
                bonus = 0.01 * (bool(day and g.date) + (day is not None and day == g.hint))
                pairs.append((-(sim + bonus), str(node), gid, node))
    out, used = {}, set()
    for _, _, gid, node in sorted(pairs):
        if node not in out and gid not in used:
            out[node] = gid
            used.add(gid)
    return out


def _edges(view, prop, left_map, meet_map, meetings, optional_ends) -> list:
    keys = []
    for s, o in view.edges(prop):
        if prop == "relayedDirectiveFrom" and o not in meetings:
            continue                     # relays from bodies or people are not scored
        key = (left_map.get(s), meet_map.get(o))
        if optional_ends & set(key):
            continue
        keys.append((None if None in key else key, (view.labels(s)[:1], view.labels(o)[:1])))
    return keys


def _count(pred_keys, gold_table) -> ClassScore:
    required = {k for k, req in gold_table.items() if req}
    optional = {k for k, req in gold_table.items() if not req}
    score, seen = ClassScore(), set()
    for key, shown in pred_keys:
        if key in optional:
            continue
        if key in required and key not in seen:
            score.tp += 1
            seen.add(key)
        else:
            score.fp += 1
            score.false_positives.append(shown)
    score.missed = sorted(map(str, required - seen))
    score.fn = len(required) - score.tp
    return score


def _dates_agree(a, b) -> bool:
    if not a or not b:
        return True
    return a[1:] == b[1:] and (a[0] is None or b[0] is None or a[0] == b[0])


def _undated(label: str) -> str:
    return _DATE_WORDS.sub("", label) or label


def dice(a: str, b: str) -> float:
    x = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    y = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(x & y) / (len(x) + len(y))


def check_gold_dir(gold_dir: str | Path) -> Path:
    path = Path(gold_dir)
    if not path.is_dir():
        raise InputError(path, "not a folder of *.gold.json files")
    if not any(path.glob("*.gold.json")):
        raise InputError(path, "holds no *.gold.json file")
    return path
