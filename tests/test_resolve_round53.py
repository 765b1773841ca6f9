"""Round 53 across reports: a national meeting named by its topic is relayed six weeks on, and
the undated reference joins the one held then."""
from resolve_probe import build, holding

NATIONAL = ("全国征兵工作电视电话会议召开\n1月24日，全国征兵工作电视电话会议召开。会后，我省随即召开全省征兵工作电视电话会议。"
            "副省长严立新出席并讲话。")
PROVINCE = ("四川省国防动员委员会召开全体会议\n3月5日，省国防动员委员会召开全体会议，传达学习全国征兵工作电视电话会议精神。"
            "省长甘雨霖主持会议。")
COUNTY = ("营山县召开征兵工作会议\n3月5日，营山县召开征兵工作会议，传达学习全国征兵工作电视电话会议精神。"
          "县长申屠宁主持会议。")


def test_a_national_topic_s_meeting_is_relayed_weeks_later():
    c = build((NATIONAL, "2024-01-24"), (PROVINCE, "2024-03-06"))
    assert [files for label, files in holding(c, "全国征兵")] == [{"r0.txt", "r1.txt"}], holding(c, "征兵")


def test_a_county_s_own_meeting_of_the_topic_is_not_the_national_one():
    c = build((NATIONAL, "2024-01-24"), (COUNTY, "2024-03-06"))
    assert holding(c, "营山县") == [("营山县征兵工作会议", {"r1.txt"})], holding(c, "征兵")
    assert [files for label, files in holding(c, "全国征兵")] == [{"r0.txt", "r1.txt"}], holding(c, "征兵")
