"""Round 29 body classes, with short reports written for the test: fire and rescue corps under
the place they serve (省消防救援总队, 市消防救援支队) and their party committees, written after the
corps or bare (总队党委); supervising groups (指导组) and task mechanisms (专项工作机制) named by
their scope and task; a working group's short form read as the group the report names in full."""
import pytest
from extraction_probe import body_names

# (class, text, bodies that must be found, bodies that must not be made)
CASES = [
    ("province-corps-in-full",
     "2月2日，江西省消防救援总队召开2024年全省消防救援工作会议。",
     {"江西省消防救援总队"}, set()),
    ("city-corps-party-committee-meets",
     "昨天，九江市消防救援支队召开党委（扩大）会议，研究部署重点工作。",
     {"九江市消防救援支队", "九江市消防救援支队党委"}, set()),
    ("bare-corps-committee-after-the-corps",
     "江西省消防救援总队召开工作会议。当天下午，总队党委召开扩大会议，传达学习会议精神。",
     {"江西省消防救援总队", "江西省消防救援总队党委"}, set()),
    ("corps-committee-post-is-no-body",
     "江西省消防救援总队召开工作会议。总队党委书记王某某讲话。",
     {"江西省消防救援总队"}, {"江西省消防救援总队党委"}),
    ("numbered-supervising-group-of-the-centre",
     "4月10日，江西省委召开动员部署会议。中央党纪学习教育第六指导组组长到会指导。",
     {"中央党纪学习教育第六指导组"}, set()),
    ("task-mechanism-and-its-office",
     "会议听取了江西省委整治形式主义为基层减负专项工作机制办公室的汇报，"
     "要求江西省委整治形式主义为基层减负专项工作机制各成员单位抓好落实。",
     {"江西省委整治形式主义为基层减负专项工作机制", "江西省委整治形式主义为基层减负专项工作机制办公室"}, set()),
    ("short-form-of-a-group-named-in-full",
     "中央党纪学习教育第六指导组组长到会指导。他指出，中央第六指导组将认真履行职责。",
     {"中央党纪学习教育第六指导组"}, {"中央第六指导组"}),
    ("two-groups-of-one-kind-stay-apart",
     "江西省防汛抗旱指挥部和江西省森林防火指挥部召开联席会议。",
     {"江西省防汛抗旱指挥部", "江西省森林防火指挥部"}, set()),
]


@pytest.mark.parametrize("case, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_round29_body_kinds(case, text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not found & absent, found


# (class, text, policies that must be found, policies that must not be made)
POLICY_CASES = [
    ("count-with-measure-and-big", "要做好金融“五篇大文章”，服务实体经济发展。", {"五篇大文章"}, set()),
    ("count-of-events", "会议要求，全力办好“四件大事”。", {"四件大事"}, set()),
    ("count-of-reforms", "深入推进“三项改革”落地见效。", {"三项改革"}, set()),
    ("one-matter-is-no-policy", "推动更多“一件事”高效办成。", set(), {"一件事"}),
]


@pytest.mark.parametrize("case, text, present, absent", POLICY_CASES, ids=[c[0] for c in POLICY_CASES])
def test_round29_counted_quoted_policies(case, text, present, absent):
    from extraction_probe import policy_names
    found = policy_names(text)
    assert present <= found, found
    assert not found & absent, found


def test_round29_corps_named_only_with_its_commander_is_no_body():
    found = body_names("会上，江西省消防救援总队副总队长王某某作交流发言。")
    assert not any(n.endswith("总队") for n in found), found


def test_round29_corps_named_by_its_party_post_is_a_body():
    found = body_names("九江市消防救援支队党委书记王某某结合工作实际作交流发言。")
    assert "九江市消防救援支队" in found, found
