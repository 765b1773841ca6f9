"""Encoding detection on files written here in each encoding scraped Chinese pages use."""
import codecs

import pytest

from kg.ingest import read_file
from kg.ingest.encoding import DecodeError, chinese_score, decode_bytes
from kg.records import Report, Skipped

SIMPLIFIED = ("3月1日,市委召开常委会会议,传达学习全省疫情防控工作会议精神,研究部署我市贯彻落实工作。"
              "市委书记张三主持会议并讲话,市委副书记、市长李四出席会议。")
TRADITIONAL = ("3月1日,市委召開常委會會議,傳達學習全省疫情防控工作會議精神,研究部署我市貫徹落實工作。"
               "市委書記張三主持會議並講話,市委副書記、市長李四出席會議。")
SHORT = "市委书记张三主持会议。"


@pytest.mark.parametrize("text, encoding", [
    (SIMPLIFIED, "utf-8"),
    (SIMPLIFIED, "gbk"),
    (SIMPLIFIED, "gb18030"),
    (SIMPLIFIED, "gb2312"),
    (TRADITIONAL, "utf-8"),
    (TRADITIONAL, "big5"),
    (TRADITIONAL, "gbk"),          # Traditional text saved as GBK
    (SHORT, "gbk"),
    (TRADITIONAL[:12], "big5"),
])
def test_decode_bytes_recovers_the_text(text, encoding):
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


@pytest.mark.parametrize("bom, codec", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_marks(bom, codec):
    decoded, _ = decode_bytes(bom + SIMPLIFIED.encode(codec))
    assert decoded.lstrip("\ufeff") == SIMPLIFIED


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "big5"])
def test_a_page_cut_mid_character_still_decodes(encoding):
    data = TRADITIONAL.encode(encoding)[:-1]
    decoded, _ = decode_bytes(data)
    assert decoded.startswith(TRADITIONAL[:-2])


def test_declared_charset_is_used_when_it_fits():
    decoded, codec = decode_bytes(SIMPLIFIED.encode("gbk"), declared="gb2312")
    assert decoded == SIMPLIFIED and codec == "gb18030"


def test_wrong_declared_charset_falls_back_to_detection():
    decoded, _ = decode_bytes(TRADITIONAL.encode("big5"), declared="utf-8")
    assert decoded == TRADITIONAL


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary" * 50, bytes(range(128, 256)) * 40])
def test_non_text_raises_decode_error(data):
    with pytest.raises(DecodeError):
        decode_bytes(data)


def test_wrong_decoding_scores_lower_than_the_right_one():
    data = TRADITIONAL.encode("big5")
    assert chinese_score(data.decode("big5")) > chinese_score(data.decode("gb18030", "replace")) + 0.3


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "big5"])
def test_txt_files_in_each_encoding_give_the_same_simplified_report(tmp_path, encoding):
    path = tmp_path / f"report_{encoding}.txt"
    path.write_bytes(TRADITIONAL.encode(encoding))
    [report] = read_file(path)
    assert isinstance(report, Report)
    assert "市委书记张三主持会议并讲话" in report.text
    assert report.source_file == str(path)


def test_undecodable_txt_is_skipped_with_a_reason(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped)
    assert skipped.source_file == str(path) and "binary" in skipped.reason
