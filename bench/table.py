"""The benchmark's results as Markdown tables (printed, and pasted into the README as is)."""
from __future__ import annotations

# The targets, as rates so that any N can be judged against them.
TARGET_REPORTS_PER_S = 100_000 / 300      # 100k reports in under 5 minutes
TARGET_RSS_MB = 2048
TARGET_FLOOR_RATIO = 5.0
TARGET_TURTLE_TRIPLES_PER_S = 300_000
TARGET_QUERY_S = 0.5


def _n(value, digits=0, unit="") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        text = f"{value:,.{digits}f}"
    else:
        text = f"{value:,}"
    return text + unit


def _ratio(a, b) -> str:
    return f"{a / b:.2f}×" if a and b else "–"


def _rows(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _failed(result: dict) -> str | None:
    return result.get("error") or result.get("unavailable")


def build_table(results: dict) -> list[str]:
    floor = results.get("floor", {})
    rows = [["read + normalise (floor)", _n(floor.get("reports_per_s"), 0), _n(floor.get("seconds"), 1),
             _n(floor.get("tree_peak_mb"), 0), "–", "–", "–", "1.00×"]]
    for name, build in results.get("builds", {}).items():
        if _failed(build):
            rows.append([name, f"failed: {_failed(build)}", "", "", "", "", "", ""])
            continue
        rows.append([name, _n(build["reports_per_s"], 0), _n(build["seconds"], 1),
                     _n(build["tree_peak_mb"], 0), _n(build["triples"]), _n(build["turtle_s"], 2),
                     _n(build["turtle_triples_per_s"], 0), _ratio(build["seconds"], floor.get("seconds"))])
    return _rows(["phase", "reports/s", "seconds", "peak RSS MB (tree)", "triples", "graph.ttl s",
                  "graph.ttl triples/s", "× floor"], rows)


STAGES = (("read_extract", "read + extract"), ("resolve", "resolve"), ("graph", "rdflib graph"),
          ("write_turtle", "graph.ttl"), ("write_html", "graph.html"))


def stage_table(results: dict) -> list[str]:
    """Where a build's time goes (graph.ttl includes making the graph when its writer needs one)."""
    rows = [[name] + [_n(b["stages"].get(key), 1) for key, _ in STAGES] + [_n(b.get("validate_s"), 1)]
            for name, b in results.get("builds", {}).items() if not _failed(b)]
    if not rows:
        return []
    return _rows(["seconds in", *(label for _, label in STAGES), "SHACL check (not in total)"], rows)


def store_tables(results: dict) -> list[str]:
    stores = results.get("stores") or {}
    rdf, oxi = stores.get("rdflib", {}), stores.get("oxigraph", {})
    if not stores:
        return []
    lines = _rows(["store", "load s", "serialise s (Turtle)", "peak RSS MB"],
                  [[name, f"not run: {s['skipped_reason']}", "", ""] if s.get("skipped_reason") else
                   [name, _n(s.get("load_s"), 2), _n(s.get("serialise_s"), 2) if not s.get("serialise_error")
                    else s["serialise_error"], _n(s.get("tree_peak_mb"), 0)]
                   for name, s in stores.items()]
                  + [["rdflib / Oxigraph", _ratio(rdf.get("load_s"), oxi.get("load_s")),
                      _ratio(rdf.get("serialise_s"), oxi.get("serialise_s")), ""]])
    names = sorted(set(rdf.get("queries", {})) | set(oxi.get("queries", {})))
    rows = []
    for name in names:
        a, b = rdf.get("queries", {}).get(name, {}), oxi.get("queries", {}).get(name, {})
        rows.append([name, _n(b.get("rows", a.get("rows"))),
                     a.get("error") or ("not run" if rdf.get("skipped_reason") else _n(a.get("seconds"), 3)), b.get("error") or _n(b.get("seconds"), 3),
                     _ratio(a.get("seconds"), b.get("seconds"))])
    return lines + [""] + _rows(["named query", "rows", "rdflib s", "Oxigraph s", "rdflib / Oxigraph"], rows)


def nlp_table(results: dict) -> list[str]:
    nlp = results.get("nlp") or {}
    if not nlp:
        return []
    rules = nlp.get("rules", {})
    rows = []
    for mode, r in nlp.items():
        if _failed(r) or r.get("skipped_reason"):
            rows.append([mode, f"not run: {_failed(r) or r['skipped_reason']}", "", "", ""])
        else:
            rows.append([mode, _n(r["reports_per_s"], 1), _n(r["mentions"]), _n(r["relations"]),
                         _ratio(rules.get("reports_per_s"), r["reports_per_s"])])
    return _rows([f"extraction on {nlp.get('rules', {}).get('reports', '?')} reports", "reports/s",
                  "mentions", "relations", "rules / this"], rows)


def targets(results: dict) -> list[str]:
    """Pass/fail lines for the issue's targets, judged on the build with the most workers."""
    builds = [b for b in results.get("builds", {}).values() if not _failed(b)]
    if not builds:
        return ["targets: no build finished"]
    build = builds[-1]
    floor_s = results.get("floor", {}).get("seconds")
    oxi = (results.get("stores") or {}).get("oxigraph", {}).get("queries", {})
    slowest = max((q.get("seconds") or 0 for q in oxi.values()), default=None)
    checks = [
        ("build speed", build["reports_per_s"] >= TARGET_REPORTS_PER_S,
         f"{build['reports_per_s']:,.0f} reports/s (target ≥ {TARGET_REPORTS_PER_S:,.0f}: 100k in 5 min)"),
        ("peak RSS", build["tree_peak_mb"] < TARGET_RSS_MB,
         f"{build['tree_peak_mb']:,.0f} MB (target < {TARGET_RSS_MB})"),
        ("build / floor", bool(floor_s) and build["seconds"] / floor_s <= TARGET_FLOOR_RATIO,
         f"{build['seconds'] / floor_s:.1f}× (target ≤ {TARGET_FLOOR_RATIO:.0f}×)" if floor_s else "no floor"),
        ("Turtle", (build.get("turtle_triples_per_s") or 0) >= TARGET_TURTLE_TRIPLES_PER_S,
         f"{build.get('turtle_triples_per_s') or 0:,.0f} triples/s (target ≥ {TARGET_TURTLE_TRIPLES_PER_S:,})"),
        ("slowest named query (Oxigraph)", slowest is not None and slowest < TARGET_QUERY_S,
         f"{slowest:.3f} s (target < {TARGET_QUERY_S})" if slowest is not None else "not measured"),
    ]
    return [f"- {'PASS' if ok else 'MISS'} {name}: {text}" for name, ok, text in checks]


def render(results: dict) -> str:
    m, c = results["machine"], results["corpus"]
    lines = [f"## govkg benchmark: {c['reports']:,} synthetic reports ({c['layout']}, seed {results['seed']})",
             "",
             f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM; Python {m['python']}, "
             f"rdflib {m['rdflib']}, pyoxigraph {m['pyoxigraph']}; {m['platform']}",
             f"Corpus: {_n(c.get('chars'))} characters; started {results['started']}", ""]
    lines += build_table(results)
    identical = results.get("identical_outputs")
    if identical is not None:
        lines += ["", f"graph.ttl byte-identical across worker counts: {'yes' if identical else 'NO'}"]
    for block in (stage_table(results), store_tables(results), nlp_table(results)):
        if block:
            lines += [""] + block
    lines += ["", f"Targets (judged on the last build, scaled to {c['reports']:,} reports):"] + targets(results)
    return "\n".join(lines)
