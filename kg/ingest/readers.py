"""One reader per input kind (.txt, .html/.htm, .jsonl), each yielding Report | Skipped.

Every reader funnels into `make_report`, so all inputs get the same cleaning, the same
report identity (sha256 of the cleaned text) and the same date and title rules.
"""
from __future__ import annotations

import hashlib
import json
import os
from typing import Iterator

from kg.ingest import patterns as P
from kg.ingest.boilerplate import headline, site_line, strip_boilerplate
from kg.ingest.dates import (date_from_page, date_from_url, date_from_url_lines, month_day_from_page,
                             parse_date)
from kg.ingest.encoding import DecodeError, decode_bytes
from kg.ingest.html import EmptyPage, decode_html, extract_page
from kg.ingest.normalise import normalise
from kg.records import Report, Skipped

ID_HEX = 16
TITLE_LOOKAHEAD = 3   # a given title already among the first lines is not repeated


def report_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_HEX]


def make_report(source: str, raw: str, *, title: str | None = None, url: str | None = None,
                published: str | None = None) -> Report | Skipped:
    """Clean `raw` page text into a Report. Date precedence: the value given (metadata),
    then the page's own furniture rows, then a date in the URL, then a stamp with no year."""
    text = normalise(raw)
    published = published or date_from_page(text) or date_from_url(url) or date_from_url_lines(text) \
        or month_day_from_page(text)
    body = strip_boilerplate(text)
    if not body:
        return Skipped(source, "no article text left after removing page boilerplate")
    title = normalise(title).replace("\n", " ") if title else None
    if title and title not in body.split("\n")[:TITLE_LOOKAHEAD]:
        # The headline is part of the article (meeting names, who chaired): keep it in the text.
        body = f"{title}\n{body}"
    return Report(report_id=report_id(body), source_file=source, text=body,
                  title=title or headline(body), url=url or None, published=published,
                  site=site_line(text, body))


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def read_txt(path: str) -> Iterator[Report | Skipped]:
    data = _read_bytes(path)
    if not data.strip():
        yield Skipped(path, "empty file")
        return
    text, _ = decode_bytes(data)
    yield make_report(path, text)


def read_html(path: str) -> Iterator[Report | Skipped]:
    data = _read_bytes(path)
    if not data.strip():
        yield Skipped(path, "empty file")
        return
    yield _from_html(path, decode_html(data))


def _from_html(source: str, html: str, *, url=None, title=None, published=None) -> Report | Skipped:
    try:
        page = extract_page(html, url)
    except EmptyPage as err:
        return Skipped(source, str(err))
    published = published or parse_date(page.date)
    return make_report(source, page.text, title=title or page.title, url=url, published=published)


def read_jsonl(path: str) -> Iterator[Report | Skipped]:
    """One report per line: {"text": ..., "url"?, "title"?, "published"? or "date"?}.
    A bad line is skipped with its line number; the other lines are read."""
    with open(path, "rb") as handle:
        if b"\x00" in handle.read(4096):
            yield Skipped(path, "binary file (contains NUL bytes), not JSON lines")
            return
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                yield _jsonl_line(path, number, raw)
            except Exception as err:  # one bad line must not lose the lines after it
                yield Skipped(path, f"could not process: {type(err).__name__}: {err}", number)


def _jsonl_line(source: str, number: int, raw: bytes) -> Report | Skipped:
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        # JSON lines should be UTF-8, but scraped dumps are also written in GBK or Big5.
        try:
            line = decode_bytes(raw)[0]
        except DecodeError as err:
            return Skipped(source, f"line is not UTF-8, GB18030 or Big5 text ({err})", number)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return Skipped(source, f"invalid JSON: {err.msg} (column {err.colno})", number)
    if not isinstance(record, dict):
        return Skipped(source, f"expected a JSON object, got {type(record).__name__}", number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(source, "no 'text' field (or it is empty)", number)
    url, title = _string(record.get("url")), _string(record.get("title"))
    published = parse_date(record.get("published") or record.get("date"))
    line_source = f"{source}#L{number}"
    if P.LOOKS_LIKE_HTML.match(text):
        result = _from_html(line_source, text, url=url, title=title, published=published)
    else:
        result = make_report(line_source, text, title=title, url=url, published=published)
    return Skipped(source, result.reason, number) if isinstance(result, Skipped) else result


def _string(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


READERS = {".txt": read_txt, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl}


def read_path(path: str) -> Iterator[Report | Skipped]:
    """Read one file; any failure becomes a Skipped naming the file, never an exception.
    `path` is kept as given: it becomes Report.source_file."""
    suffix = os.path.splitext(path)[1]
    reader = READERS.get(suffix.lower())
    if reader is None:
        yield Skipped(path, f"unsupported file type {suffix or '(none)'!r} "
                            "(expected .txt, .html, .htm or .jsonl)")
        return
    try:
        yield from reader(path)
    except DecodeError as err:
        yield Skipped(path, str(err))
    except OSError as err:
        yield Skipped(path, f"cannot read: {err.strerror or err}")
    except Exception as err:  # one malformed input must not stop a corpus build
        yield Skipped(path, f"could not process: {type(err).__name__}: {err}")
