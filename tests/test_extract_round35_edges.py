"""Round 35: mechanisms several writers exercise.

- A roundup of provinces' sittings (【四川】四川省委常委会召开扩大会议… 【广东】广东省委书记X主持召开
  省委常委会会议): each sitting keeps its own province, from its holder or its chair's post,
  and is not merged into the first one named.
- A headline's 传达学习X会议精神 names a meeting the held one relays, not the held one; an
  unscoped short name there is the one relayed meeting of the body whose name holds it.
"""
import pytest

from extraction_probe import edges, extract_text, meeting_names
from kg.records import RelationKind

ROUNDUP = ("多地党委常委会传达学习中央经济工作会议精神\n\n中央经济工作会议召开后，多地党委常委会迅速召开会议。\n\n"
           "【四川】14日，四川省委常委会召开扩大会议，省委书记张一主持会议并讲话。省长李二出席。\n\n"
           "【广东】广东省委书记王三13日主持召开省委常委会会议，省长赵四等参加。\n\n"
           "【山东】13日，山东省委常委会召开会议，省委书记钱五主持会议。")


@pytest.mark.parametrize("chair,meeting", [
    ("张一", "四川省委常委会扩大会议"),
    ("王三", "广东省委常委会会议"),
    ("钱五", "山东省委常委会会议"),
])
def test_roundup_sittings_keep_their_own_province(chair, meeting):
    x = extract_text(ROUNDUP, published="2024-12-17")
    chairs = edges(x, RelationKind.CHAIRED)
    assert (chair, meeting) in chairs, chairs
    assert len([o for o, _ in chairs if o == chair]) == 1, chairs


@pytest.mark.parametrize("headline,body,held,source", [
    ("王明主持召开县委常委会会议 传达学习甲乙两省联席会议精神",
     "6月13日上午，县委书记王明主持召开县委常委会会议，传达学习丙河生态保护补偿甲乙两省第十四次联席会议精神"
     "和市委常委会会议精神。县长李华出席会议。", "县委常委会会议", "丙河生态保护补偿甲乙两省第十四次联席会议"),
    ("市政府召开常务会议 传达学习三省协作联席会议精神",
     "5月8日，市长周强主持召开市政府第12次常务会议，传达学习丁江流域三省第五次协作联席会议精神。"
     "副市长吴刚出席会议。", "第12次常务会议", "丁江流域三省第五次协作联席会议"),
])
def test_headline_relayed_name_is_not_the_held_meeting(headline, body, held, source):
    x = extract_text(f"{headline}\n\n{body}", published="2024-06-14")
    names = set(meeting_names(x).values())
    assert any(n.endswith(held) for n in names), names
    assert not any(n.endswith(headline.split("传达学习")[1][:-2]) for n in names), names
    relays = edges(x, RelationKind.RELAYED)
    assert any(a.endswith(held) and b == source for a, b in relays), relays
