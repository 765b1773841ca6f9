"""Round 36 (bodies, policies): commissions written with 委 for 委员会 (市消安委, 区城市管理委) and
the county fire-rescue corps; a people's congress session's presidium (大会主席团); the CPPCC
standing committee (省政协常委会); a quoted programme as a verb's whole object (推进“X”，);
a programme named by its numerals (百千万工程) one policy with its full name across reports."""
import pytest

from extraction_probe import body_names, policy_names
from kg.ingest import make_report
from kg.extract import extract
from kg.resolve.policies import _numeral_short, resolve


@pytest.mark.parametrize("text, present, absent", [
    ("徐州市委常委会召开会议，市委书记王强主持。会议要求，市消安委要加强督导。", {"徐州市消防安全委员会"}, {"市消安委"}),
    ("徐州市消防安全委员会召开全体会议。", {"徐州市消防安全委员会"}, set()),
    ("睢宁县政府召开会议，县消防救援大队要加强巡查。", {"睢宁县消防救援大队"}, set()),
    ("徐州市委常委会召开会议，市委书记王强主持。会议要求，市城市管理委、市住房城乡建设委要落实责任。",
     {"徐州市城市管理委员会", "徐州市住房和城乡建设委员会"}, set()),
    # a government's foreign and overseas-Chinese affairs offices; the party's 省委外办 stays its own
    ("福建省委召开会议，省委书记王强主持。会议要求，省外办、省侨办要加强对接。",
     {"福建省人民政府外事办公室", "福建省人民政府侨务办公室"}, {"中共福建省委外事工作委员会办公室"}),
    ("福建省委召开会议，省委书记王强主持。省委外办主任李明出席。", {"中共福建省委外事工作委员会办公室"},
     {"福建省人民政府外事办公室"}),
])
def test_commissions_written_with_wei(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present", [
    ("湖南省第十三届人民代表大会第三次会议举行预备会议，选举产生了大会主席团和秘书长。",
     {"湖南省十三届人大三次会议主席团"}),
    ("省十三届人大三次会议闭幕。当晚，大会主席团举行第二次会议。湖南省委召开会议。",
     {"湖南省十三届人大三次会议主席团"}),
])
def test_session_presidium(text, present):
    found = body_names(text)
    assert present <= found, found


@pytest.mark.parametrize("text", [
    "大会主席团举行第一次会议。",                                   # no session named
    "湖南省第十三届人民代表大会第三次会议开幕，主席团常务主席王强主持。",      # a post only
    "政协湖南省十三届三次会议开幕，选举产生了大会主席团。",                # a CPPCC session's
    "张场镇人大主席团召开会议。",                                   # a town congress's standing presidium
])
def test_session_presidium_not_read(text):
    assert not any(b.endswith("主席团") for b in body_names(text)), body_names(text)


@pytest.mark.parametrize("text, present, absent", [
    ("湖南省委召开会议。省政协常委会召开会议。", {"湖南省政协常委会"}, set()),
    ("湖南省政协常务委员会举行会议。", {"湖南省政协常委会"}, set()),
    # 常委会议 is 常委 + 会议: the sitting is named after the committee
    ("湖南省委召开会议，传达学习省政协常委会议精神。", set(), {"湖南省政协常委会"}),
])
def test_cppcc_standing_committee(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present", [
    ("要推进“一网通办提速”，落实存量政策。", {"一网通办提速"}),
    ("要以“一网通办提速”为牵引，优化营商环境。", {"一网通办提速"}),
    ("要聚焦“一网通办提速”、扩大覆盖面。", {"一网通办提速"}),
])
def test_quoted_programme_as_object(text, present):
    assert present <= policy_names(text), policy_names(text)


@pytest.mark.parametrize("text", [
    "要推进“一网通办提速”工作，落实存量政策。",   # work on it, not the object itself
    "要推进“一网”，落实存量政策。",             # too short to be a name
    "大家都说“一网通办提速”，效果很好。",         # no programme verb
])
def test_quoted_programme_not_read(text):
    assert "一网通办提速" not in policy_names(text) and "一网" not in policy_names(text), policy_names(text)


@pytest.mark.parametrize("core, short", [
    ("百县千镇万村高质量发展", "百千万"),
    ("千村示范万村整治", None),      # two numeral words: too few to be named by the numerals
    ("一带一路", None),
    ("四下基层", None),
])
def test_numeral_short(core, short):
    assert _numeral_short(core) == short


def test_numeral_short_form_is_one_policy_across_reports():
    texts = ["要把民营经济发展与实施“百县千镇万村高质量发展工程”结合起来。",
             "要把民营经济发展融入“百千万工程”，推动产业提质。"]
    extractions = [extract(make_report(f"r{i}.txt", t)) for i, t in enumerate(texts)]
    _, nodes = resolve(extractions)
    assert len(nodes) == 1, [n.label for n in nodes]


def test_numeral_short_form_two_full_names_share_stays_apart():
    texts = ["要深入实施“百县千镇万村高质量发展工程”。",
             "要扎实推进“百企千村万户结对帮扶工程”。",
             "要把民营经济发展融入“百千万工程”，推动产业提质。"]
    extractions = [extract(make_report(f"r{i}.txt", t)) for i, t in enumerate(texts)]
    _, nodes = resolve(extractions)
    assert len(nodes) == 3, [n.label for n in nodes]
