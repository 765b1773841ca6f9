"""Round 56 across reports: a county's bare 续会 and, in a township's report, the same day's
县文物普查工作续会 are one follow-up; two follow-ups named by topic that day stay two (a bare one
joins neither, unless it follows one meeting and so carries its topic)."""
from resolve_probe import build, holding

COUNTY = ("新绛县收听收看全省文物普查工作推进会并召开续会\n5月16日下午，全省文物普查工作推进会以电视电话会议形式召开。"
          "在收听收看全省会议后，我县随即召开续会。县长薛志刚主持续会。")
TOWN = ("新绛县泽掌镇召开文物普查工作部署会\n5月20日，泽掌镇召开文物普查工作部署会，传达学习5月16日县文物普查工作续会精神。"
        "镇党委书记侯建斌主持会议并讲话。")


def test_a_bare_follow_up_is_the_scope_s_one_named_follow_up_that_day():
    c = build((COUNTY, "2024-05-17"), (TOWN, "2024-05-21"))
    follow_ups = holding(c, "续会")
    assert [files for _, files in follow_ups] == [{"r0.txt", "r1.txt"}], follow_ups


OTHER_TOWN = TOWN.replace("文物普查工作续会", "防汛工作续会").replace("泽掌镇", "横桥乡").replace("侯建斌", "梁立")


def test_a_bare_follow_up_joins_neither_of_two_named_that_day():
    # (a follow-up of two meetings: which one's topic it carries is unknown; round 58)
    county = COUNTY.replace("在收听收看全省会议后", "在收听收看全省文物普查工作推进会和全省防汛工作会议后")
    c = build((county, "2024-05-17"), (TOWN, "2024-05-21"), (OTHER_TOWN, "2024-05-21"))
    assert ("新绛县续会", {"r0.txt"}) in holding(c, "续会"), holding(c, "续会")


def test_a_follow_up_of_one_meeting_joins_the_one_named_after_its_topic():
    c = build((COUNTY, "2024-05-17"), (TOWN, "2024-05-21"), (OTHER_TOWN, "2024-05-21"))
    joined = [files for _, files in holding(c, "续会")]
    assert sorted(joined, key=len) == [{"r2.txt"}, {"r0.txt", "r1.txt"}], holding(c, "续会")
