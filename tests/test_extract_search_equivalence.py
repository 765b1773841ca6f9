"""The end-anchored searches of bodies._scan and posts.parse_posts give what trying every start
with fullmatch gives (the plain form they replace for speed), on short sentences of every shape."""
import pytest

from kg.extract import bodies, posts
from kg.extract import resources as R
from kg.extract.body_names import department_re, departments, group_re, local_re, term_committee_re
from kg.extract.jurisdiction import infer

SENTENCES = [
    "省委书记、省长王某某主持会议，市委副书记、市长李某出席。",
    "宿迁市委常委、宿豫区委书记张某在宿豫区第六届委员会第三次全体会议上讲话。",
    "县水务局、县教育局和市应急管理局等市防汛抗旱指挥部成员单位参加。",
    "中国共产党宿迁市第六届委员会召开常委会会议，市政府办公室负责同志列席。",
    "全县发展大局稳定，县疫情防控工作领导小组办公室主任吴某通报情况。",
    "会议由区委副书记、区长（代）赵某主持，2023年12月区人大常委会主任钱某出席。",
    "江西省人民政府副省长孙某，省卫生健康委员会主任周某，1号楼会议室。",
]


def brute_scan(text):
    found = [(m.start(), m.end()) for m in bodies._central_re().finditer(text)]
    for m in bodies._anchor_re().finditer(text):
        end = m.end()
        for start in range(max(0, m.start() - bodies.MAX_BODY), m.start() + 1):
            if (term_committee_re().fullmatch(text, start, end) or group_re().fullmatch(text, start, end)
                    or local_re().fullmatch(text, start, end)) or (
                    start == m.start() and m.group() in departments()
                    and (start == 0 or not R.HAN.match(text[start - 1]))) or (
                    department_re().fullmatch(text, start, end) and bodies._department_at(text, start, end)):
                found.append((start, end))
                break
    return bodies.leftmost_longest(found)     # the search differs, the selection is shared


def brute_posts(text, end, region):
    out, start = [], end
    while True:
        found = next((b for b in range(max(0, end - posts.MAX_POST), end - 1)
                      if (m := R.post_regex().fullmatch(text, b, end)) and posts._places_ok(m, b, region)), None)
        if found is None:
            return out, start
        out.insert(0, text[found:end])
        start = found
        if found > 0 and text[found - 1] in "、兼":
            end = found - 1
            continue
        return out, start


@pytest.mark.parametrize("text", SENTENCES)
def test_scan_equals_trying_every_start(text):
    for cut in range(1, len(text) + 1):          # every end of text, so every window is tried
        assert bodies._scan(text[:cut]) == brute_scan(text[:cut])
    assert bodies._scan(text)                    # the sentences do hold bodies


@pytest.mark.parametrize("text", SENTENCES)
def test_posts_equal_trying_every_start(text):
    region = infer(text)
    found = 0
    for end in range(len(text) + 1):
        for reg in (region, None):
            got = posts.parse_posts(text, end, reg)
            assert got == brute_posts(text, end, reg)
            found += bool(got[0])
    assert found
