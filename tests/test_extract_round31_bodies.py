"""Round 31 classes (bodies and policies), one table per class, with short reports written for
the test: a government's press office written short (省政府新闻办) as a body with its full name;
a quoted phrase right before 改革 or 政策 (“X”改革, “X”政策) named as a policy by the phrase alone."""
import pytest
from extraction_probe import body_names, policy_names

# (class, text, bodies expected, bodies that must not be made)
PRESS_OFFICES = [
    ("province-short-form",
     "3月12日上午，浙江省政府新闻办举行新闻发布会，介绍一季度经济运行情况。",
     {"浙江省人民政府新闻办公室"}, set()),
    ("full-form",
     "4月23日，浙江省人民政府新闻办公室举行新闻发布会，对行动方案进行解读。",
     {"浙江省人民政府新闻办公室"}, {"浙江省人民政府"}),
    ("a-post-in-it-is-no-mention",
     "发布会由浙江省政府新闻办副主任王某某主持。",
     set(), {"浙江省人民政府新闻办公室"}),
]


@pytest.mark.parametrize("case, text, present, absent", PRESS_OFFICES, ids=[c[0] for c in PRESS_OFFICES])
def test_round31_press_office(case, text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not found & absent, found


# (class, text, policies expected, policies that must not be made)
PROGRAMMES = [
    ("reform-after-quotes",
     "会议强调，要深化“高效办成一件事”改革，着力解决企业反映强烈的堵点难点问题。",
     {"高效办成一件事"}, {"高效办成一件事改革"}),
    ("policy-after-quotes",
     "要抓好“两新”政策落地，加快项目谋划和资金申报。",
     {"两新"}, {"两新政策"}),
    ("code-joined-by-plus",
     "要深化“承诺制+标准地+全代办”改革，提升项目落地效率。",
     {"承诺制+标准地+全代办"}, set()),
    ("other-nouns-stay-prose",
     "要加快推进“博物馆之城”建设，做好“三农”工作。",
     set(), {"博物馆之城", "三农"}),
]


@pytest.mark.parametrize("case, text, present, absent", PROGRAMMES, ids=[c[0] for c in PROGRAMMES])
def test_round31_quoted_programme(case, text, present, absent):
    found = policy_names(text)
    assert present <= found, found
    assert not found & absent, found
