"""How each class and edge looks in the explorer, and the escaped HTML of its tooltip.

Every value that came from a report (labels, sentences, titles, paths, URLs) passes through
html.escape before it becomes part of a tooltip: report text may contain markup.
Canvas labels are drawn as text by vis-network and are not escaped.
"""
from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from kg.explore.view import EdgeEvidence, ViewEdge, ViewNode

# colour-blind-safe palette (Okabe-Ito), one shape per class so print in grey still tells them apart
CLASS_STYLE = {
    "Official": {"color": "#D55E00", "shape": "dot", "name": "官员 Official"},
    "Meeting": {"color": "#0072B2", "shape": "diamond", "name": "会议 Meeting"},
    "Body": {"color": "#E69F00", "shape": "square", "name": "机构 Body"},
    "Policy": {"color": "#009E73", "shape": "triangle", "name": "政策 Policy"},
}
EDGE_STYLE = {
    "chaired": {"color": "#8B2F00", "label": "chaired", "name": "主持 chaired", "width": 2},
    "attended": {"color": "#9A9A9A", "label": "attended", "name": "出席 attended", "width": 1},
    "relayedDirectiveFrom": {"color": "#0072B2", "label": "relays", "name": "传达 relays", "width": 3},
    "convenedBy": {"color": "#B07D00", "label": "convened by", "name": "召开 convened by", "width": 1},
    "promotesPolicy": {"color": "#009E73", "label": "promotes", "name": "部署 promotes", "width": 1,
                       "dashes": True},
}
MAX_EVIDENCE_SHOWN = 5


def _row(name: str, value: str) -> str:
    return f"<tr><th>{escape(name)}</th><td>{escape(value)}</td></tr>"


def node_tooltip(node: ViewNode) -> str:
    rows = "".join(_row(name, value) for name, value in node.facts)
    table = f"<table>{rows}</table>" if rows else ""
    return (f"<div class=\"kg-head\"><b>{escape(node.label)}</b> "
            f"<span class=\"kg-kind\">{escape(CLASS_STYLE[node.kind]['name'])}</span></div>"
            f"{table}<div class=\"kg-iri\">{escape(node.iri)}</div>")


def _link(url: str) -> str:
    # only web links become clickable: a javascript: or data: URL in a report stays text
    if urlsplit(url).scheme in ("http", "https"):
        return f"<a href=\"{escape(url, quote=True)}\" target=\"_blank\" rel=\"noopener noreferrer\">{escape(url)}</a>"
    return escape(url)


def _evidence(e: EdgeEvidence) -> str:
    source = [escape(e.report)]
    if e.published:
        source.append(escape(e.published))
    if e.source_file:
        source.append(f"<code>{escape(e.source_file)}</code>")
    if e.span:
        source.append(f"chars {e.span[0]}–{e.span[1]}")
    if e.qualifier:
        source.append(escape(e.qualifier))
    if e.url:
        source.append(_link(e.url))
    return f"<blockquote>{escape(e.sentence)}</blockquote><div class=\"kg-src\">— {' · '.join(source)}</div>"


def edge_tooltip(edge: ViewEdge, source: ViewNode, target: ViewNode) -> str:
    head = (f"<div class=\"kg-head\"><b>{escape(source.label)}</b> "
            f"<span class=\"kg-kind\">{escape(EDGE_STYLE[edge.predicate]['name'])}</span> "
            f"<b>{escape(target.label)}</b></div>")
    if not edge.evidence:
        return head + "<div class=\"kg-src\">no evidence sentence recorded</div>"
    shown = "".join(_evidence(e) for e in edge.evidence[:MAX_EVIDENCE_SHOWN])
    more = len(edge.evidence) - MAX_EVIDENCE_SHOWN
    tail = f"<div class=\"kg-src\">… and {more} more report(s)</div>" if more > 0 else ""
    return head + shown + tail
