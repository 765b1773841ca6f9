"""Main text, title and date of an HTML page, found by trafilatura (offline).

trafilatura removes navigation, comments and most page chrome; what it keeps (credit rows,
a related list inside the article container) is cleaned afterwards like any other text by
kg.ingest.boilerplate. When trafilatura finds no main content, its baseline extractor (all
paragraph-like text of the page) is the fallback; an empty page is an input error.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.ingest import patterns as P
from kg.ingest.encoding import decode_bytes

CHARSET_SNIFF_BYTES = 4096
# htmldate: publication (not last-modified) dates, and no guessing from arbitrary page text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
# trafilatura's own extractor alone ("fast") is ~3x quicker than with its readability/jusText
# fallbacks; the fallbacks are run only when the fast pass finds less text than this.
FAST_MIN_CHARS = 200


class EmptyPage(ValueError):
    """The page has no extractable text."""


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    date: str | None


def decode_html(data: bytes) -> str:
    """HTML bytes -> str, trusting a <meta charset> when it decodes cleanly."""
    match = P.META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    declared = match.group(1).decode("ascii", "ignore") if match else None
    return decode_bytes(data, declared)[0]


def clean_title(title: str | None) -> str | None:
    """Drop a site-name suffix ("…_某某新闻网", "… - 人民网") from a <title>."""
    if not title:
        return None
    title = title.strip()
    shorter = P.TITLE_SITE_SUFFIX.sub("", title)
    return (shorter if len(shorter) >= 6 else title) or None


def extract_page(html: str, url: str | None = None) -> Page:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc, text = None, ""
    for fast in (True, False):
        found = trafilatura.bare_extraction(
            html, url=url, fast=fast, include_comments=False, include_tables=True, favor_recall=True,
            with_metadata=True, date_extraction_params=DATE_PARAMS)
        found_text = (found.text or "").strip() if found is not None else ""
        if doc is None or len(found_text) > len(text):
            doc, text = found, found_text
        if len(text) >= FAST_MIN_CHARS:
            break
    title = clean_title(doc.title) if doc is not None else None
    date = doc.date if doc is not None else None
    if not text:
        text = _fallback_text(html)
    if not text:
        raise EmptyPage("no article text found in the HTML page")
    return Page(text=text, title=title, date=date)


def _fallback_text(html: str) -> str:
    import trafilatura

    try:
        _, text, _ = trafilatura.baseline(html)
    except Exception:  # baseline parses arbitrary markup; a failure here means "nothing found"
        text = ""
    return (text or "").strip()
