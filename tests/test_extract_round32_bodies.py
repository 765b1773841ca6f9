"""Round 32 (bodies): numbered inspection and supervision teams (督导组, 巡察组, 巡视组) named after
their committee, also where a verb before the committee was read as a place."""
import pytest

from extraction_probe import body_names


@pytest.mark.parametrize("text, present, absent", [
    ("湖南省委召开会议。省委第五督导组组长王某到会指导。", {"湖南省委第五督导组"}, set()),
    ("株洲市委召开会议，株洲市委第三督导组全程督导。", {"株洲市委第三督导组"}, set()),
    ("西藏自治区党委召开会议，对照自治区党委第二巡视组反馈意见，研究整改。",
     {"西藏自治区党委第二巡视组"}, set()),
    ("株洲市委召开会议，听取株洲市委第二巡察组反馈意见。", {"株洲市委第二巡察组"}, set()),
    ("株洲市委召开会议，宣读市委关于本轮巡察组组长授权任职的决定。", set(), {"株洲市委关于本轮巡察组"}),
])
def test_numbered_teams(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found
