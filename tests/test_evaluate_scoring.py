"""kg eval: the scorer's rules on a tiny hand-made gold and graph."""
import json

import pytest

from kg.cli.main import main
from kg.errors import InputError
from kg.evaluate import evaluate

GOLD = {
    "doc": "a.txt",
    "officials": [{"name": "甲一", "titles": []}, {"name": "乙二", "titles": []},
                  {"name": "丙三", "titles": [], "optional": True}],
    "bodies": [{"name": "中共某省委", "aliases": ["某省委", "省委"]}],
    "policies": [{"name": "四早要求", "aliases": ["四早"]}],
    "meetings": [
        {"id": "m1", "name": "省委常委会会议", "aliases": [], "date": "2022-11-11", "global_id": "2022-11-11/x"},
        {"id": "m0", "name": "中央政治局常务委员会会议", "aliases": ["中央政治局常委会会议"], "date": None,
         "global_id": "2022-11-10/psc"},
    ],
    "chaired": [{"official": "甲一", "meeting": "m1"}],
    "attended": [{"official": "乙二", "meeting": "m1"}, {"official": "丙三", "meeting": "m1"}],
    "relayed": [{"meeting": "m1", "source": "m0"}],
}

GRAPH = """\
@prefix kg: <https://w3id.org/govkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <http://example.org/> .
:r a kg:Report ; kg:sourceFile "reports/a.txt" .
:o1 a kg:Official ; rdfs:label "甲一"@zh ; kg:mentionedIn :r .
:o2 a kg:Official ; rdfs:label "丁四"@zh ; kg:mentionedIn :r .
:o3 a kg:Official ; rdfs:label "丙三"@zh ; kg:mentionedIn :r .
:b1 a kg:Body ; rdfs:label "中共某省委"@zh ; kg:mentionedIn :r .
:p1 a kg:Policy ; rdfs:label "四早"@zh ; kg:mentionedIn :r .
:m1 a kg:Meeting ; rdfs:label "省委常委会会议"@zh ; kg:date "2022-11-11"^^xsd:date ; kg:mentionedIn :r .
:m0 a kg:Meeting ; rdfs:label "中央政治局常委会会议"@zh ; kg:date "--11-09"^^xsd:gMonthDay ; kg:mentionedIn :r .
:o1 kg:chaired :m1 .
:o3 kg:attended :m1 .
:m1 kg:relayedDirectiveFrom :m0 .
"""


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    graph = tmp_path / "graph.ttl"
    graph.write_text(GRAPH, encoding="utf-8")
    return tmp_path, graph


def test_scores_follow_the_rules(files):
    gold_dir, graph = files
    s = evaluate(graph, gold_dir).classes
    assert (s["officials"].tp, s["officials"].fp, s["officials"].fn) == (1, 1, 1)   # 丙三 optional: ignored
    assert (s["bodies"].tp, s["policies"].tp) == (1, 1)                               # 中共 stripped; alias
    # m0's date disagrees (11-09 vs the gold's real 11-10 is unknown: gold date null -> agrees)
    assert (s["meetings"].tp, s["meetings"].fp) == (2, 0)
    # a predicted edge touching an optional official is set aside, the gold edge still counts
    assert (s["chaired"].tp, s["attended"].tp, s["attended"].fp, s["attended"].fn) == (1, 0, 0, 2)
    assert s["relayed"].tp == 1


def test_date_conflict_blocks_a_meeting_match(files):
    gold_dir, graph = files
    graph.write_text(GRAPH.replace('"2022-11-11"^^xsd:date', '"2022-11-12"^^xsd:date'), encoding="utf-8")
    s = evaluate(graph, gold_dir).classes
    assert (s["meetings"].tp, s["meetings"].fp, s["meetings"].fn) == (1, 1, 1)


def test_cli_prints_table_and_json(files, capsys):
    gold_dir, graph = files
    assert main(["eval", str(gold_dir), "--graph", str(graph), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "officials" in out and "+ ['丁四']" in out and "- 乙二" in out
    assert main(["eval", str(gold_dir), "--graph", str(graph), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["officials"]["tp"] == 1


def test_missing_gold_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        evaluate(tmp_path / "g.ttl", tmp_path)
    assert main(["eval", str(tmp_path), "--graph", str(tmp_path / "g.ttl")]) == 2
