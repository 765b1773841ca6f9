"""What stands where a name would after a post: cadre-work words (县领导包案督办, 县委书记领衔,
实行任期制) are no officials (kg/data/name_lookalikes.txt), while people whose surnames begin
those words (包, 任, 代, 关) still are; a military rank (省军区副司令员、大校欧阳晨) is passed over
to reach the name (kg/data/military_ranks.txt), as a bracketed qualifier is (（挂职）)."""
import pytest

from kg.extract import extract
from kg.ingest import make_report


def _officials(body: str) -> list[str]:
    ex = extract(make_report("r.txt", f"某县召开会议\n3月5日，{body}", published="2024-03-05"))
    return sorted(o.name for o in ex.officials)


@pytest.mark.parametrize("body,names", [
    ("县委书记王一主持召开县委常委会会议。会议要求，县级领导包案督办，县委书记领衔推进。", ["王一"]),
    ("县委书记王一主持召开县委常委会会议。会议强调，推行村干部任期制，县领导包乡镇、包村。", ["王一"]),
    ("县委书记王一主持召开县委常委会会议。会议强调，实行县级领导包沟、乡镇干部包户。", ["王一"]),
    ("县委书记王一主持召开县委常委会会议，县委副书记、县长包俊，副县长任立新、代明、关锋出席。",
     ["代明", "任立新", "关锋", "包俊", "王一"]),
])
def test_lookalikes_are_no_officials(body, names):
    assert _officials(body) == names


@pytest.mark.parametrize("body,names", [
    # 逐一 and 所 after a name end it (葛晓燕逐一点评, 聂成林所作的报告)
    ("市委书记周立主持召开专题民主生活会，市纪委书记葛晓燕逐一点评。", ["周立", "葛晓燕"]),
    ("州委书记周立主持召开州委常委会会议，县委书记冯少杰通过视频汇报了有关情况。", ["冯少杰", "周立"]),
    ("县委常委会召开会议，会议传达学习了国家粮食和物资储备局党组书记、局长聂成林所作的工作报告。县长王一主持会议。",
     ["王一", "聂成林"]),
])
def test_words_after_a_name_end_it(body, names):
    assert _officials(body) == names


@pytest.mark.parametrize("body,officials", [
    ("山东省征兵工作电视电话会议召开。山东省军区副司令员、大校欧阳晨出席会议。",
     [("欧阳晨", ("山东省军区副司令员",))]),
    ("山东省征兵工作电视电话会议召开。山东省委常委、山东省军区政委、少将郝振岳主持会议。",
     [("郝振岳", ("山东省委常委", "山东省军区政委"))]),
    # a bracketed qualifier after the post; a leader's 批示 after the name
    ("某县召开会议,落实省委书记程远山批示要求。副县长（挂职）热依拉·买买提通报情况,副市长(挂职)周强出席。",
     [("程远山", ("省委书记",)), ("热依拉·买买提", ("某县副县长",)), ("周强", ("副市长",))]),
])
def test_rank_between_post_and_name(body, officials):
    ex = extract(make_report("r.txt", f"某省召开会议\n7月5日，{body}", published="2024-07-05"))
    assert [(o.name, o.posts) for o in ex.officials] == officials
