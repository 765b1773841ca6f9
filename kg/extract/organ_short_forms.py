"""Committees' short forms in meeting names, written out in full so that two names of one
organ's meeting compare equal: 中央深改委第四次会议 == 中央全面深化改革委员会第四次会议,
省委编委会议 == 省委机构编制委员会会议. name_scope.core applies it; the forms come from the
tables of central bodies, local departments and local organs.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R

_CENTRAL_SCOPE = re.compile("^(?:中共中央|中央|国家|国务院|全国)")


def full_organ_forms(text: str) -> str:
    return _short_organ_re().sub(lambda m: _short_organs()[m.group()], text)


@lru_cache(maxsize=None)
def _short_organs() -> dict[str, str]:
    """Short form -> full form: a central organ's, its scope word taken off as split_scope
    takes it off a meeting name (深改委 -> 全面深化改革委员会); a local working commission
    (卫健委, 妇儿工委); a local party committee's commission, written after the level word's 委
    (委编委 -> 委机构编制委员会)."""
    out = {}
    for canonical, *forms in lexicon.rows("central_bodies"):
        full = _CENTRAL_SCOPE.match(canonical)
        for form in " ".join(forms).split():
            short = _CENTRAL_SCOPE.match(form)
            if full and short and full.group() == short.group() and form.endswith(("委", "委会")) \
                    and len(form) - short.end() >= 2:
                out[form[short.end():]] = canonical[full.end():]
    for short, full in lexicon.rows("department_full_forms"):   # 妇儿工委 -> 妇女儿童工作委员会
        if len(short) >= 3 and short.endswith(("委", "委会")) and full.endswith("委员会"):
            out.setdefault(short, full)
    by_organ = defaultdict(list)        # one organ's written forms (local_organs: form, template, kind)
    for written, template, *_ in lexicon.rows("local_organs"):
        by_organ[template].append(written)
    for forms in by_organ.values():
        full = [f for f in forms if f.startswith("委") and f.endswith("委员会")]
        for form in forms:
            if full and form.startswith("委") and form.endswith("委") and len(form) >= 3:
                out.setdefault(form, max(full, key=len))
    return out


@lru_cache(maxsize=None)
def _short_organ_re() -> re.Pattern:
    # 委(?!员) so that a full form (财经委员会) is left as it is; 安委会 -> 安全生产委员会
    return re.compile(f"(?:{R._alt(list(_short_organs()))})(?!员)")
