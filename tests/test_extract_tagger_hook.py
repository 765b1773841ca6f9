"""--nlp hanlp: the tagger proposes names, the rules decide roles."""
import pytest

import kg.extract.tagger as tagger_module
from kg.errors import ModelError
from kg.extract import extract
from kg.ingest import make_report

TEXT = "3月5日，市委常委会召开会议。田野出席会议。报道称赵四的故事很感人。"


class FakeTagger:
    def tag(self, text):
        out = []
        for name in ("田野", "赵四"):
            pos = text.find(name)
            if pos >= 0:
                out.append((pos, pos + len(name), "PER"))
        return out


def test_rules_alone_miss_a_name_without_post():
    ex = extract(make_report("t.txt", TEXT))
    assert "田野" not in {o.name for o in ex.officials}


def test_tagger_names_get_roles_from_the_rules(monkeypatch):
    monkeypatch.setattr(tagger_module, "load_tagger", lambda spec: FakeTagger())
    ex = extract(make_report("t.txt", TEXT), nlp="hanlp")
    attended = {r.subject for r in ex.relations if r.kind.value == "attended"}
    assert "田野" in attended
    # 赵四 is tagged too, but no rule gives it a role: a bare name without a role is not kept
    assert "赵四" not in {o.name for o in ex.officials}


def test_missing_model_is_a_model_error():
    with pytest.raises(ModelError):
        extract(make_report("t.txt", TEXT), nlp="hanlp:/nonexistent/model")


def test_a_tagged_place_is_not_a_person(monkeypatch):
    class PlaceTagger:
        def tag(self, text):
            pos = text.find("宁化")
            return [(pos, pos + 2, "PER")] if pos >= 0 else []

    monkeypatch.setattr(tagger_module, "load_tagger", lambda spec: PlaceTagger())
    text = "12月7日，全省防汛工作电视电话会议召开。宁化在县政府设分会场收听收看。会后，宁化县立即召开会议。"
    ex = extract(make_report("t.txt", text), nlp="hanlp")
    assert "宁化" not in {o.name for o in ex.officials}
