"""Round 24 classes (bodies and policies), with short reports written for the test: a site's
masthead and footer (某县人民政府门户网站, 某县人民政府 | 政务公开, a line that is only the organ,
某局办公室 主办) are page furniture; 人大各专门委员会, 各地州市党委 and 4个设区市党委 are every organ
of a kind, not one body; 全国人大代表 is a deputy's title; 受自治区人民政府委托 keeps the level
自治区; a leading group's task may start with 对口 (对口支援); regional offices of national
agencies (国家能源局山西监管办公室); 省纪委 and 省纪委常委会 written without 监委 (the party's
discipline commission, named in full); the short forms 民宗委 and 民委 of ethnic (and religious)
affairs commissions; quoted “N大X” formulas (“五大任务”) are policies; a plan with and without
its years is one policy."""

import pytest
from extraction_probe import body_names, policy_names

from kg.pipeline import build
from kg.records import NodeKind


# (class, text, bodies expected, bodies that must not be made)
BODIES = [
    ("portal-name-is-the-site",
     "宝丰县人民政府门户网站\n3月5日，宝丰县委常委会召开会议，研究部署春耕工作。",
     {"中共宝丰县委常委会"}, {"宝丰县人民政府"}),
    ("masthead-with-a-menu-bar",
     "宝丰县人民政府 | 政务公开 | 办事服务\n3月5日，宝丰县委常委会召开会议，研究部署春耕工作。",
     {"中共宝丰县委常委会"}, {"宝丰县人民政府"}),
    ("masthead-line-that-is-only-the-organ",
     "宝丰县人民政府\n3月5日，宝丰县委常委会召开会议，研究部署春耕工作。",
     {"中共宝丰县委常委会"}, {"宝丰县人民政府"}),
    ("masthead-with-the-site-address",
     "宝丰县人民政府 www.example.gov.cn\n3月5日，宝丰县委常委会召开会议，研究部署春耕工作。",
     {"中共宝丰县委常委会"}, {"宝丰县人民政府"}),
    ("footer-office-before-its-label",
     "3月5日，宝丰县委常委会召开会议，研究部署春耕工作。\n宝丰县人民政府办公室 主办",
     {"中共宝丰县委常委会"}, {"宝丰县人民政府办公室"}),
    ("organ-in-the-article-is-still-a-body",
     "宝丰县人民政府门户网站\n3月5日，宝丰县人民政府召开常务会议，研究部署春耕工作。",
     {"宝丰县人民政府"}, set()),
    ("every-special-committee-is-no-one-body",
     "福建省人大常委会召开会议。省人大各专门委员会主任委员，常委会各工作委员会负责同志列席会议。",
     {"福建省人大常委会"}, {"福建省人大各专门委员会", "福建省人大常委会各工作委员会"}),
    ("counted-city-committees-are-no-one-body",
     "广西壮族自治区党委召开会议。本轮巡视将对柳州市、梧州市等4个设区市党委开展巡视。",
     {"中共广西壮族自治区党委"}, {"市党委"}),
    ("every-prefecture-and-city-committee",
     "宁夏回族自治区党委召开会议。各地州市党委主要负责同志列席会议。",
     {"中共宁夏回族自治区党委"}, {"市党委"}),
    ("a-deputy-is-no-mention-of-the-congress",
     "海南省人大常委会召开会议。部分在琼全国人大代表和省人大代表列席会议。",
     {"海南省人大常委会"}, {"全国人民代表大会"}),
    ("autonomous-region-level-after-a-verb",
     "内蒙古自治区政协召开常委会议。受自治区人民政府委托，自治区副主席某某通报了有关情况。",
     {"内蒙古自治区人民政府"}, {"区人民政府"}),
    ("paired-assistance-group",
     "吉林省委召开会议。会议听取了省对口支援工作领导小组工作汇报。",
     {"吉林省对口支援工作领导小组"}, set()),
    ("paired-assistance-group-office",
     "吉林省委召开会议。省对口支援工作领导小组办公室主任王某通报情况。",
     {"吉林省对口支援工作领导小组办公室"}, set()),
    ("ethnic-and-religious-affairs-commission-short-form",
     "青海省委召开会议。会议听取了省民宗委工作汇报。", {"青海省民族宗教事务委员会"}, {"省民宗委"}),
    ("ethnic-affairs-commission-short-form",
     "呼伦贝尔市委召开会议。会议要求，呼伦贝尔市民委要会同各成员单位抓好落实。",
     {"呼伦贝尔市民族事务委员会"}, set()),
    ("villagers-committee-is-no-ethnic-commission",
     "连樟村村民委员会召开会议。村民委员会主任某某主持。", set(), {"村民族事务委员会"}),
    ("discipline-commission-standing-committee",
     "湖南省委召开会议。省纪委常委会作工作报告。", {"中共湖南省纪律检查委员会常务委员会"}, set()),
    ("discipline-commission-without-its-supervision-commission",
     "湖南省委召开会议。会议听取了省纪委工作汇报。", {"中共湖南省纪律检查委员会"}, set()),
    ("commission-pair-with-its-level-twice",
     "北京市委召开会议。市纪委市监委驻市交通委纪检监察组组长某某作交流发言。",
     set(), {"中共北京市纪律检查委员会"}),
    ("discipline-secretary-is-a-post",
     "湖南省委召开会议。省委常委、省纪委书记某某主持会议。", set(), {"中共湖南省纪律检查委员会"}),
    ("energy-administration-regional-office",
     "山西省委召开会议。国家能源局山西监管办公室、省发展改革委负责同志参加会议。",
     {"国家能源局山西监管办公室", "山西省发展和改革委员会"}, {"国家能源局"}),
    ("mine-safety-bureau-regional-office",
     "陕西省委召开会议。国家矿山安全监察局陕西局副局长某某就监察工作提出要求。",
     {"国家矿山安全监察局陕西局"}, {"国家矿山安全监察局"}),
]


@pytest.mark.parametrize("case, text, present, absent", BODIES, ids=[c[0] for c in BODIES])
def test_round24_bodies(case, text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not found & absent, found


# (class, text, policies expected, policies that must not be made)
POLICIES = [
    ("quoted-n-big-tasks",
     "会议要求，牢记交给我区的“五大任务”，扎实推进各项工作。", {"五大任务"}, set()),
    ("quoted-n-big-industry-clusters",
     "会议强调，要加快构建“八大产业集群”，推动高质量发展。", {"八大产业集群"}, set()),
    ("quoted-single-word-is-no-formula",
     "会议强调，要当好“大管家”，服务企业。", set(), {"大管家"}),
]


@pytest.mark.parametrize("case, text, present, absent", POLICIES, ids=[c[0] for c in POLICIES])
def test_round24_policies(case, text, present, absent):
    found = policy_names(text)
    assert present <= found, found
    assert not found & absent, found


def test_round24_plan_with_and_without_its_years_is_one_policy(tmp_path):
    (tmp_path / "a.txt").write_text(
        "某某日报\n3月1日，青海省委召开会议，审议《青海省乡村振兴三年行动方案（2024—2026年）》。\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "某某日报\n3月9日，青海省委常委会召开会议，要求落实《青海省乡村振兴三年行动方案》。\n",
        encoding="utf-8")
    nodes = [n for n in build([tmp_path]).corpus.nodes
             if n.kind is NodeKind.POLICY and "乡村振兴三年行动方案" in n.label]
    assert len(nodes) == 1, nodes
