"""One report naming a meeting in full and, further on, by a short form of its name (全国林草工作会议
for 全国林业和草原工作会议) holds one meeting (meeting_merge.merge_short_names); a name of another
level, or one that is no short form, stays a meeting of its own. So does a joint body's
meeting named with and without its sitting's number (川渝党政联席会议第十次会议)."""
import pytest

from kg.extract import extract
from kg.extract.meeting_refs import short_form
from kg.ingest import make_report

_REPORT = ("青海省林草局召开党组会议\n1月10日，青海省林草局党组书记乙某主持召开党组会议，传达学习{full}精神。"
           "会议指出，{other}对今年工作作出全面部署。")


@pytest.mark.parametrize("full,other,names", [
    ("全国林业和草原工作会议", "全国林草工作会议", ["全国林业和草原工作会议"]),
    ("全国林业和草原工作会议", "全省林草工作会议", ["全国林业和草原工作会议", "全省林草工作会议"]),   # another level
    ("全国林业工作会议", "全国草原工作会议", ["全国林业工作会议", "全国草原工作会议"]),            # no short form
    # a joint body's meeting without the sitting's number: the numbered sitting
    ("川渝党政联席会议第十次会议", "川渝党政联席会议", ["川渝党政联席会议第十次会议"]),
    ("赣南三市联席会议2024年第二次全体会议", "赣南三市联席会议", ["赣南三市联席会议2024年第二次全体会议"]),
    ("川渝党政联席会议第十次会议", "川渝党政联席会议办公室会议",
     ["川渝党政联席会议第十次会议", "川渝党政联席会议办公室会议"]),      # the office's, not a sitting
    # the same numbered sitting of a joint conference, named two ways
    ("推动甲乙地区协同发展甲乙党政联席会议第七次会议", "甲乙党政联席会议第七次会议",
     ["推动甲乙地区协同发展甲乙党政联席会议第七次会议"]),
    ("推动甲乙地区协同发展甲乙党政联席会议第七次会议", "甲乙党政联席会议第八次会议",
     ["推动甲乙地区协同发展甲乙党政联席会议第七次会议", "甲乙党政联席会议第八次会议"]),
])
def test_short_name_in_one_report(full, other, names):
    ex = extract(make_report("r.txt", _REPORT.format(full=full, other=other), published="2025-01-10"))
    assert sorted(m.name for m in ex.meetings if "党组" not in m.name) == sorted(names)


@pytest.mark.parametrize("short,full,expected", [
    ("林草工作会", "林业和草原工作会", True),
    ("主题教育工作会", "学习贯彻习近平新时代中国特色社会主义思想主题教育工作会", True),
    ("工作会", "林业和草原工作会", False),        # the kind of meeting alone
    ("林草推进会", "林业和草原工作会", False),    # another kind
    ("草林工作会", "林业和草原工作会", False),    # not in order
])
def test_short_form(short, full, expected):
    assert short_form(short, full) is expected


def test_a_bare_joint_conference_relayed_beside_its_numbered_sitting():
    text = ("某区召开区委常委会扩大会议\n12月5日下午，推动甲乙地区协同发展甲乙党政联席会议第七次会议以视频形式召开。"
            "会后，区委随即召开区委常委会扩大会议，传达学习甲乙党政联席会议第七次会议精神。\n"
            "会议要求，区发展改革委要对照联席会议确定的任务逐项建立台账。")
    ex = extract(make_report("r.txt", text, published="2024-12-06"))
    assert "联席会议" not in [m.name for m in ex.meetings]     # the seventh sitting, not a meeting of its own
