"""A name whose report never says its place joins the one placed group of that name whose
posts end with its title (resolve/officials._join_unplaced, indexed by post endings), and
stays apart when two placed groups fit or none does."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve

_PLACES = {"泗洪县": "江苏省宿迁市泗洪县", "滑县": "河南省安阳市滑县", "宿迁市": "江苏省宿迁市"}

# (case, placed posts written in their own reports, the unplaced post, people expected)
CASES = [
    ("one-fit-joins", ["泗洪县委书记"], "县委书记", 1),
    ("two-fits-stay-apart", ["泗洪县委书记", "滑县委书记"], "县委书记", 3),
    ("ending-of-a-longer-post", ["宿迁市委常委、泗洪县委书记"], "县委书记", 1),
    ("no-fit-stays-apart", ["宿迁市副市长"], "县委书记", 2),
    ("same-place-twice-is-one-fit", ["泗洪县委书记", "泗洪县委书记"], "县委书记", 1),
]


def _report(n, post, placed):
    place = next((full for short, full in _PLACES.items() if short in post), None) if placed else None
    head = f"{place}召开会议\n" if place else "工作简报\n"
    return make_report(f"r{n}.txt", head + f"5月{9 + n}日，{post}钱一鸣主持召开专题会议。",
                       published=f"2024-05-{10 + n}")


@pytest.mark.parametrize("case, placed, bare, people", CASES, ids=[c[0] for c in CASES])
def test_unplaced_name_joins_only_a_single_fitting_group(case, placed, bare, people):
    reports = [_report(n, post, True) for n, post in enumerate(placed)]
    reports.append(_report(len(placed), bare, False))
    xs = [extract(r) for r in reports]
    assert all(x.officials and x.officials[0].name == "钱一鸣" for x in xs)
    assert not xs[-1].officials[0].jurisdiction, "the last report must not say its place"
    assert all(x.officials[0].jurisdiction for x in xs[:-1]), "the others must say theirs"
    found = [n for n in resolve(xs).nodes if n.kind is NodeKind.OFFICIAL and n.label == "钱一鸣"]
    assert len(found) == people, [(n.key, n.reports) for n in found]
