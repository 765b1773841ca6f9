"""Round 27 classes (meetings and edges), with short reports written for the test: a city's
全市 meeting reported by a district or street that never names its city (its leaders watched
it at a branch venue) takes the city from the same-day meeting of that name elsewhere in the
corpus, a municipality's included (上海市: its 全市 meeting is the province's own); a branch
organ of a vertically managed system (X海关, X调查总队, X消防救援支队) holding a meeting keeps
its name in the meeting's name."""
import pytest
from extraction_probe import extract_text, meeting_names

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve

_CITY_REPORT = ("{city}召开全市{topic}\n10月9日下午，{city}委召开全市{topic}，部署下一阶段任务。"
                "市委书记钱一鸣出席会议并讲话。")
_DISTRICT_REPORT = ("全市{topic}召开后我区随即召开续会\n10月9日，全市{topic}以视频会议形式召开。"
                    "区委书记孙二明、区长李三清在分会场参加会议。当日下午，我区随即召开续会，"
                    "传达学习全市{topic}精神。孙二明出席并讲话。")

# (case, the cities that held a meeting of that name that day, meetings of that name expected)
BORROWED = [
    ("one-city-held-it-joins", ["杭州市"], 1),
    ("municipality-held-it-joins", ["上海市"], 1),
    ("two-cities-held-it-stays-apart", ["杭州市", "宁波市"], 3),
]


@pytest.mark.parametrize("case, cities, expected", BORROWED, ids=[c[0] for c in BORROWED])
def test_round27_watched_city_meeting_borrows_its_city(case, cities, expected):
    topic = "基层治理大会"
    reports = [make_report(f"c{n}.txt", _CITY_REPORT.format(city=c, topic=topic), published="2024-10-10")
               for n, c in enumerate(cities)]
    reports.append(make_report("d.txt", _DISTRICT_REPORT.format(topic=topic), published="2024-10-10"))
    xs = [extract(r) for r in reports]
    watched = [m for m in xs[-1].meetings if m.name.endswith(topic)]
    assert watched and watched[0].reported and not watched[0].jurisdiction, xs[-1].meetings
    found = [n for n in resolve(xs).nodes if n.kind is NodeKind.MEETING and n.label.endswith(topic)]
    assert len(found) == expected, [(n.key, n.reports) for n in found]


# (class, text, the name a meeting must have, a name no meeting may have)
BRANCH_HOLDERS = [
    ("customs-holds-its-work-meeting",
     "1月17日，青岛海关召开2024年工作会议。关长钱一鸣作工作报告。", "青岛海关2024年工作会议", "2024年工作会议"),
    ("customs-follow-up",
     "1月11日上午，全国海关工作会议召开。当天下午，青岛海关随即召开续会，传达学习全国海关工作会议精神。",
     "青岛海关续会", "海关工作续会"),
    ("survey-team-holds-its-work-meeting",
     "1月19日，国家统计局青岛调查队召开2024年工作会议。", "青岛调查队2024年工作会议", "2024年工作会议"),
    ("fire-brigade-holds-a-committee-meeting",
     "1月23日，青岛市消防救援支队召开党委扩大会议，传达学习全国消防救援工作会议精神。",
     "青岛市消防救援支队党委扩大会议", "扩大会议"),
]


@pytest.mark.parametrize("case, text, name, absent", BRANCH_HOLDERS, ids=[c[0] for c in BRANCH_HOLDERS])
def test_round27_branch_organ_names_its_meeting(case, text, name, absent):
    found = set(meeting_names(extract_text(text, published="2024-01-24")).values())
    assert name in found and absent not in found, found


# (class, text, the full name, the short back-reference that must not be a meeting of its own)
WIDENED_BACK_REFERENCES = [
    ("street-committee-widened-sitting",
     "10月14日，和平街道党工委召开（扩大）会议，传达学习全区大会精神。会后，街道随即召开专题推进会，"
     "对党工委会议部署逐项分解落实。", "党工委(扩大)会议", "党工委会议"),
    ("zone-committee-widened-sitting",
     "3月15日，高新区管委会党工委召开扩大会议，传达学习全市安全生产会议精神。会后，管委会随即召开企业安全生产推进会，"
     "对贯彻落实管委会党工委会议部署作出具体安排。", "党工委扩大会议", "管委会党工委会议"),
]


@pytest.mark.parametrize("case, text, full, short", WIDENED_BACK_REFERENCES,
                         ids=[c[0] for c in WIDENED_BACK_REFERENCES])
def test_round27_back_reference_without_widened_is_the_widened_sitting(case, text, full, short):
    found = set(meeting_names(extract_text(text, published="2024-10-15")).values())
    assert any(f.endswith(full) for f in found) and short not in found, found
