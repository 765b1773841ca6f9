"""Round 40 classes: a bare 专题会议 that a named person chairs is a sitting of its own even
where no 研究X follows to name it (当天下午，甲主持召开专题会议，听取…汇报), so its chair and
attendees are not given to the meeting reported before it; 厅党委召开会议 (a unit's party
committee written short, as 局党组 is) names the sitting 厅党委会议, not a bare 会议."""
import pytest
from extraction_probe import extract_text, meeting_names

from kg.records import RelationKind

# (case, text, the chair, the name the later sitting ends with)
CHAIRED_BARE_SITTING = [
    ("afternoon-hearing-reports",
     "赣州市政府召开第十二次常务会议。市长周立新主持会议。\n当天下午，市委书记王建设主持召开专题会议，"
     "听取甲县、乙县防汛工作汇报。甲县县委书记李明在会上作汇报。",
     "王建设", "专题会议"),
    ("after-the-meeting-reviewing",
     "赣州市章贡区政府召开常务会议。区长赵明主持会议。\n会后，区委书记钱进主持召开专题会议，对安全生产工作进行再部署。",
     "钱进", "专题会议"),
]


@pytest.mark.parametrize("case, text, chair, tail", CHAIRED_BARE_SITTING, ids=[c[0] for c in CHAIRED_BARE_SITTING])
def test_round40_chaired_bare_sitting_is_its_own_meeting(case, text, chair, tail):
    x = extract_text(text, published="2024-09-06")
    names = meeting_names(x)
    chaired = {names[r.object] for r in x.relations
               if r.kind is RelationKind.CHAIRED and any(o.key == r.subject and o.name == chair for o in x.officials)}
    assert chaired and all(n.endswith(tail) for n in chaired), (chaired, list(names.values()))


def test_round40_topic_still_names_the_sitting():
    x = extract_text("当天下午，市长周立新主持召开专题会议，研究城区排涝设施建设工作。", published="2024-09-06")
    assert any("排涝" in n for n in meeting_names(x).values()), meeting_names(x)


# (case, text): the unit's own party committee written short before 召开会议
UNIT_PARTY_COMMITTEE = [
    ("department-committee",
     "某省应急管理厅\n厅党委召开会议传达学习精神\n9月5日，厅党委召开会议，传达学习省委常委会会议精神。"
     "厅党委书记、厅长周立新主持会议并讲话。"),
    ("bureau-committee",
     "某市公安局\n局党委召开会议\n3月2日，局党委召开会议，传达学习市委全会精神。局党委书记、局长赵明主持会议。"),
]


@pytest.mark.parametrize("case, text", UNIT_PARTY_COMMITTEE, ids=[c[0] for c in UNIT_PARTY_COMMITTEE])
def test_round40_unit_party_committee_names_its_sitting(case, text):
    names = list(meeting_names(extract_text(text, published="2024-09-06", head="")).values())
    assert "会议" not in names and any(n.endswith("党委会议") for n in names), names
