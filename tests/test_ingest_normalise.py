"""Each character-cleaning step, then the composed pipeline, on short text written here."""
import pytest

from kg.ingest import normalise
from kg.ingest.normalise import (close_quoted_gaps, collapse_punctuation, drop_invisible, mainland_quotes,
                                 strip_pinyin, tidy_whitespace, to_simplified, unify_width)


@pytest.mark.parametrize("raw, expected", [
    ("会议\ufffd召开", "会议召开"),                 # lost bytes
    ("会\u200b议\ufeff", "会议"),                   # zero-width, BOM
    ("第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
    ("甲\u2028乙", "甲\n乙"),
    ("控\x07制", "控制"),
])
def test_drop_invisible(raw, expected):
    assert drop_invisible(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("会议，强调：要（扩大）！？；", "会议,强调:要(扩大)!?;"),   # full-width -> ASCII, as the scorer's NFKC
    ("ＡＢＣ１２３", "ABC123"),
    ("甲\u3000乙", "甲 乙"),                                 # ideographic space
    ("甲、乙。“丙”《丁》【戊】", "甲、乙。“丙”《丁》【戊】"),  # kept as they are
    ("等等……", "等等……"),                                 # ellipsis not turned into "..."
    ("plain ascii", "plain ascii"),
])
def test_unify_width(raw, expected):
    assert unify_width(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("會(huì)議(yì)", "會議"),
    ("加強(qiáng)", "加強"),
    ("發(fā)展", "發展"),
    ("綠(lǜ)色", "綠色"),
    ("會(huì yì)議", "會議"),                          # two syllables in one bracket
    ("日?qǐng)?bào)", "日"),                            # damaged: lost char + "(" became "?"
    ("我們(men)會(huì)", "我們會"),                      # neutral tone, in an annotated text
    ("我們(men)", "我們(men)"),                        # ... but not in a text without annotations
    ("耐克(NKE)", "耐克(NKE)"),                        # not pinyin
    ("县委(扩大)会", "县委(扩大)会"),
    ("abc(huì)", "abc(huì)"),                          # not after a CJK character
])
def test_strip_pinyin(raw, expected):
    assert strip_pinyin(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("會議強調", "会议强调"),
    ("劉南昌", "刘南昌"),
    ("會議於是", "会议于是"),                            # 於 of a Traditional text ...
    ("副局长於丹", "副局长於丹"),                          # ... but a Simplified text's surname stays
    ("省委书记钟秉乾出席", "省委书记钟秉乾出席"),
    ("乾淨的會場", "干净的会场"),
    ("發展與穩定", "发展与稳定"),
    ("已是简体", "已是简体"),
])
def test_to_simplified(raw, expected):
    assert to_simplified(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("全民閱讀暨「掃黃打非」工作", "全民閱讀暨“掃黃打非”工作"),
    ("「甲『乙』丙」", "“甲‘乙’丙”"),
    ("“已是弯引号”", "“已是弯引号”"),
])
def test_mainland_quotes(raw, expected):
    assert mainland_quotes(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("召开。。会议", "召开。会议"),
    ("甲,,乙", "甲,乙"),
    ("甲、、、乙", "甲、乙"),
    ("好!!", "好!"),
    ("……", "……"),
])
def test_collapse_punctuation(raw, expected):
    assert collapse_punctuation(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("  甲  乙\t丙  ", "甲 乙 丙"),
    ("会议, 安排", "会议,安排"),
    ("市委常委、 常务副市长", "市委常委、常务副市长"),
    ("会议 。", "会议。"),
    ("甲\n\n\n\n乙", "甲\n\n乙"),
    ("县领导王一 李二", "县领导王一 李二"),          # a space between names is a boundary: kept
])
def test_tidy_whitespace(raw, expected):
    assert tidy_whitespace(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("召开“优化政务服务 提升行政效能”专题协商会", "召开“优化政务服务提升行政效能”专题协商会"),
    ("“一网通办 一次办成 一窗受理”改革", "“一网通办一次办成一窗受理”改革"),
    ("县领导王一 李二出席“两会”", "县领导王一 李二出席“两会”"),      # outside the quotes: kept
    ("甲 乙“丙”", "甲 乙“丙”"),                                # an opening mark comes first
    ("“Smart City 2024”", "“Smart City 2024”"),                  # between Latin words: kept
    ("“甲 乙\n丙”", "“甲 乙\n丙”"),                              # no closing mark on the line
])
def test_close_quoted_gaps(raw, expected):
    assert close_quoted_gaps(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("本報(bào)訊(記者張三)市委書(shū)記李四主持會(huì)議。。",
     "本报讯(记者张三)市委书记李四主持会议。"),
    ("江西日?qǐng)?bào)訊　１１月１１日，省委常委會(huì)召開(kāi)會(huì)議",
     "江西日讯 11月11日,省委常委会召开会议"),
    ("第一段。\r\n\r\n\r\n第二段\ufffd。", "第一段。\n\n第二段。"),
])
def test_normalise_composes_the_steps(raw, expected):
    assert normalise(raw) == expected


def test_normalise_is_idempotent():
    once = normalise("會(huì)議，，強(qiáng)調（擴大）……")
    assert normalise(once) == once
