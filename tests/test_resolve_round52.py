"""Round 52 across reports: a national organisation's sitting written short in one report and
in full in another is one meeting; a report that names no place relays a region's meeting
without the format its own report gives (全区X会议 for the region's X电视电话会议)."""
from resolve_probe import build, holding

COUNCIL = ("中国红十字会第十一届理事会第五次会议在京召开\n新华社北京4月25日电 中国红十字会第十一届理事会第五次会议25日在北京召开。"
           "中国红十字会党组书记、常务副会长郗明远主持会议并作工作报告。")
PROVINCE = ("全省红十字工作电视电话会议召开\n5月10日下午，全省红十字工作电视电话会议在合肥召开。"
            "会议贯彻落实中国红十字会十一届五次理事会精神。副省长柏晓岚出席并讲话。")


def test_a_national_organisation_s_sitting_short_and_full_is_one_meeting():
    c = build((COUNCIL, "2024-04-25"), (PROVINCE, "2024-05-10"))
    assert [files for _, files in holding(c, "理事会")] == [{"r0.txt", "r1.txt"}], holding(c, "理事会")


REGION = ("全区卷烟打假打私工作电视电话会议召开\n广西日报南宁讯 4月9日上午，自治区人民政府召开全区卷烟打假打私工作电视电话会议，"
          "部署今年重点任务。自治区副主席韦德钧出席会议并讲话。")
TOWNSHIP = ("爱店镇召开打击走私卷烟工作部署会\n4月15日下午，爱店镇召开打击走私卷烟工作部署会，"
            "传达学习全区卷烟打假打私工作会议精神。镇党委书记农永康主持会议并讲话。")
DISTRICT_SAME_DAY = ("青秀区召开卷烟打假打私工作会议\n4月9日上午，南宁市青秀区召开卷烟打假打私工作会议，部署全区工作。"
                     "区长梁骏出席会议并讲话。")


def test_an_unplaced_report_s_reference_joins_the_one_meeting_held_with_a_format():
    c = build((REGION, "2024-04-09"), (TOWNSHIP, "2024-04-16"))
    joined = [label for label, files in holding(c, "打假打私") if "r1.txt" in files]
    assert joined == ["全区卷烟打假打私工作电视电话会议"], holding(c, "打假打私")


def test_a_meeting_written_as_referred_to_wins_over_one_with_a_format():
    # a district's own 卷烟打假打私工作会议 that day is written as the township writes it
    c = build((REGION, "2024-04-09"), (TOWNSHIP, "2024-04-16"), (DISTRICT_SAME_DAY, "2024-04-09"))
    region = [files for label, files in holding(c, "电视电话") if "r0.txt" in files]
    assert region == [{"r0.txt"}], holding(c, "打假打私")
