"""Round 36 classes: those watching at a branch venue attend every meeting of the list the
one verb takes (收听收看了全国、全省会议和市续会), not only the first; a place name written right
after another province's name (a district's portal: 京华朝阳) is that province's district
throughout the page, not the prefecture of the same name in another province."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.extract.jurisdiction import infer
from kg.records import RelationKind

ATTENDED = RelationKind.ATTENDED


# (class, text, official key part, meeting name parts the official must attend)
WATCHED_LISTS = [
    ("two-levels-and-a-follow-up",
     "5月6日上午，全国、全省安全生产工作视频会议召开后，某市随即召开续会。"
     "县委书记张建国，副县长李红梅等县领导在县分会场收听收看了全国、全省会议和某市续会。",
     "李红梅", ["全国", "全省", "续会"]),
    ("two-meetings-joined-by-he",
     "6月2日，全省防汛工作视频会议和全市续会召开。"
     "此前，王立新、赵海峰等县领导在县分会场收听收看了全省视频会议和全市续会。",
     "赵海峰", ["全省", "续会"]),
]


@pytest.mark.parametrize("case, text, who, parts", WATCHED_LISTS, ids=[c[0] for c in WATCHED_LISTS])
def test_round36_watched_list_is_attended_whole(case, text, who, parts):
    x = extract_text(text, published="2024-06-03")
    attended = {m for o, m in edges(x, ATTENDED) if who in o}
    for part in parts:
        assert any(part in m for m in attended), (part, attended, meeting_names(x))


def test_round36_watched_first_meeting_only_when_no_list():
    text = ("5月6日，全省安全生产工作视频会议召开。县长孙志强在县分会场收听收看了全省会议，"
            "随后召开全县安全生产工作会议。")
    x = extract_text(text, published="2024-05-07")
    attended = {m for o, m in edges(x, ATTENDED) if "孙志强" in o}
    assert attended and all("全县" not in m for m in attended), attended


# (class, text, province the region must not be, province it may be)
CLAIMED_PLACES = [
    ("district-portal-of-a-municipality",
     "北京朝阳官方网站\n首页 > 朝阳要闻\n来源：北京朝阳融媒\n朝阳区召开会议。朝阳区委书记张某讲话。朝阳区人口多。",
     "辽宁省"),
]


@pytest.mark.parametrize("case, text, wrong", CLAIMED_PLACES, ids=[c[0] for c in CLAIMED_PLACES])
def test_round36_place_after_another_province_is_its_district(case, text, wrong):
    region = infer(text, "市")
    assert region.province != wrong, region


def test_round36_prefecture_alone_still_votes():
    region = infer("朝阳市召开会议。朝阳要闻。市委书记张某讲话。", "市")
    assert region.province == "辽宁省", region
