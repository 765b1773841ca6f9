"""The explorer page in a real browser (Debian's headless Chromium) with the network cut off:
it draws, the node count is right, the console is clean, nothing is fetched from elsewhere,
and markup inside report text stays text.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
messages ending in NUL on fds 3 and 4), so no websocket client or driver is needed.
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kg.explore.html import render_html
from kg.graph.rdf import to_rdf
from kg.records import Assertion, Evidence, Node, NodeKind, RelationKind, Report, ResolvedCorpus
from test_explore_sample import sample_graph

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.integration,
              pytest.mark.skipif(not CHROMIUM, reason="Chromium is not installed (Debian: apt-get install chromium); "
                                                      "the browser tests need /usr/bin/chromium")]
# --proxy-server sends any http(s) request to a closed local port; the rest stops Chromium's own calls home
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--disable-extensions",
         "--hide-scrollbars", "--window-size=1400,900", "--remote-debugging-pipe"]
LOCAL_SCHEMES = {"file", "data", "about", "blob", "chrome", "devtools"}
WAIT_LIMIT = 180     # seconds to wait for the layout to settle; a guard, not a timing assertion


def _onto_3_and_4(read_end: int, write_end: int):
    """In the child: Chromium reads DevTools commands on fd 3 and answers on fd 4."""
    def move():
        high_r, high_w = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (read_end, write_end))
        os.dup2(high_r, 3)
        os.dup2(high_w, 4)
    return move


class Browser:
    """Just enough of the DevTools protocol: commands, events, one page."""

    def __init__(self, profile: Path):
        to_chrome_r, self._out = os.pipe()
        self._in, from_chrome_w = os.pipe()
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}"],
                                     preexec_fn=_onto_3_and_4(to_chrome_r, from_chrome_w),
                                     pass_fds=(3, 4, to_chrome_r, from_chrome_w),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer, self._next_id, self.events, self.session = b"", 0, [], None
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._in], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("Chromium stopped answering")
            chunk = os.read(self._in, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, **params):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 60
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + WAIT_LIMIT
        probe = "(function(){var s=document.getElementById('kg-status');return s?s.getAttribute('data-stabilized'):null})()"
        while self.evaluate(probe) != "true":
            if time.monotonic() > deadline:
                raise AssertionError(f"the page did not finish its layout within {WAIT_LIMIT} s")
            time.sleep(0.2)

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"]

    def errors(self) -> list[str]:
        found = []
        for e in self.events:
            p = e.get("params", {})
            if e["method"] == "Runtime.exceptionThrown":
                found.append(json.dumps(p["exceptionDetails"], ensure_ascii=False)[:300])
            elif e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                found.append(json.dumps(p.get("args"), ensure_ascii=False)[:300])
            elif e["method"] == "Log.entryAdded" and p["entry"].get("level") == "error":
                found.append(p["entry"].get("text", "")[:300])
        return found

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))

    def close(self):
        try:
            self.call("Browser.close")
        except (RuntimeError, TimeoutError, OSError):
            pass
        for fd in (self._in, self._out):
            os.close(fd)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def browser(tmp_path):
    b = Browser(tmp_path / "profile")
    try:
        yield b
    finally:
        b.close()


def assert_stayed_local(browser: Browser) -> None:
    left = [u for u in browser.requests()
            if urlsplit(u).scheme not in LOCAL_SCHEMES and urlsplit(u).hostname not in ("127.0.0.1", "localhost", "::1")]
    assert left == [], f"requests left the machine: {left}"


def big_corpus(meetings: int) -> ResolvedCorpus:
    """A province-sized graph: per meeting one convening body share, a chair, two attendees."""
    report = Report("e" * 16, "big.txt", "……")
    ev = (Evidence(report.report_id, "某某主持会议。", 0, 7),)
    nodes, edges = [], []
    bodies = [f"机构{i}" for i in range(meetings // 10 + 1)]
    nodes += [Node(b, NodeKind.BODY, b) for b in bodies]
    officials = [f"官员{i}" for i in range(meetings)]
    nodes += [Node(o, NodeKind.OFFICIAL, o) for o in officials]
    for i in range(meetings):
        m = f"m{i}@2023-01-{1 + i % 28:02d}"
        nodes.append(Node(m, NodeKind.MEETING, f"会议{i}", date=f"2023-01-{1 + i % 28:02d}"))
        edges.append(Assertion(RelationKind.CHAIRED, officials[i], m, ev))
        edges.append(Assertion(RelationKind.ATTENDED, officials[(i * 7 + 1) % meetings], m, ev))
        edges.append(Assertion(RelationKind.CONVENED_BY, m, bodies[i % len(bodies)], ev))
        if i:
            edges.append(Assertion(RelationKind.RELAYED, m, f"m{i // 3}@2023-01-{1 + (i // 3) % 28:02d}", ev))
    return ResolvedCorpus((report,), tuple(nodes), tuple(edges))


def test_sample_draws_offline_with_a_clean_console(browser, tmp_path):
    page = render_html(sample_graph(), tmp_path / "graph.html")
    browser.open(page.as_uri())
    assert browser.evaluate("document.querySelector('#kg-network canvas') !== null")
    assert browser.evaluate("kgExplorer.nodes.length") == 19   # 6 officials, 6 meetings, 5 bodies, 2 policies
    assert browser.evaluate("kgExplorer.network.body.nodeIndices.length") == 19
    assert browser.evaluate("document.getElementById('kg-status').getAttribute('data-drawn')") == "true"
    assert browser.errors() == []
    assert_stayed_local(browser)
    assert browser.requests(), "the browser reported no request at all: the check would be empty"
    # the README's screenshot: a relay edge selected, its evidence in the side panel
    browser.evaluate("var e = kgExplorer.edges.get({filter: function (x) { return x.predicate === 'relayedDirectiveFrom'; }})[0];"
                     "kgExplorer.network.selectEdges([e.id]);"
                     "kgExplorer.network.emit('click', {nodes: [], edges: [e.id]}); null")
    assert "传达" in browser.evaluate("document.getElementById('kg-details').textContent")
    shots = Path(os.environ.get("KG_SCREENSHOT_DIR", tmp_path))
    browser.screenshot(shots / "explorer.png")


def test_filter_hides_a_class_and_search_selects(browser, tmp_path):
    page = render_html(sample_graph(), tmp_path / "graph.html")
    browser.open(page.as_uri())
    browser.evaluate("var b=document.querySelector('input[data-kind=Official]'); b.checked=false;"
                     "b.dispatchEvent(new Event('change'))")
    assert browser.evaluate("kgExplorer.network.body.nodeIndices.length") == 13
    browser.evaluate("var s=document.getElementById('kg-search'); s.value='常委会会议';"
                     "s.dispatchEvent(new Event('input'))")
    assert browser.evaluate("kgExplorer.network.getSelectedNodes().length") == 5
    assert browser.errors() == []


def test_markup_in_report_text_stays_text(browser, tmp_path):
    report = Report("f" * 16, "evil.html", "……", title="<b>标题</b>")
    evil = '<img src="x" onerror="window.kgPwned=1">'
    nodes = (Node("<script>window.kgPwned=2</script>", NodeKind.OFFICIAL, "<script>window.kgPwned=2</script>",
                  reports=(report.report_id,)),
             Node("m", NodeKind.MEETING, f"会议{evil}", date="2023-01-02"))
    edges = (Assertion(RelationKind.CHAIRED, nodes[0].key, "m", (Evidence(report.report_id, f"主持{evil}。", 0, 9),)),)
    page = render_html(to_rdf(ResolvedCorpus((report,), nodes, edges)), tmp_path / "evil.html")
    browser.open(page.as_uri())
    browser.evaluate("kgExplorer.network.emit('click', {nodes: kgExplorer.nodes.getIds().slice(0, 1), edges: []}); null")
    assert "<script>" in browser.evaluate("document.getElementById('kg-details').textContent")
    browser.evaluate("kgExplorer.network.emit('click', {nodes: [], edges: kgExplorer.edges.getIds()}); null")
    shown = browser.evaluate("document.getElementById('kg-details').textContent")
    assert "<img" in shown and "<b>标题</b>" in shown
    assert browser.evaluate("typeof window.kgPwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('#kg-details img, #kg-details script, .kg-tip img').length") == 0
    assert browser.errors() == []
    assert_stayed_local(browser)


def test_two_thousand_nodes_settle_and_all_draw(browser, tmp_path):
    graph = to_rdf(big_corpus(960))      # 960 meetings + 960 officials + 97 bodies = 2,017 nodes
    page = render_html(graph, tmp_path / "big.html")
    browser.open(page.as_uri())
    assert browser.evaluate("kgExplorer.network.body.nodeIndices.length") == 2017
    assert browser.evaluate("kgExplorer.network.physics.physicsEnabled") is False
    assert browser.errors() == []
    assert_stayed_local(browser)


def test_the_built_sample_page_draws_every_node_offline(browser, tmp_path):
    """`kg build examples/` writes graph.html; it draws one node per official, meeting,
    body and policy in graph.ttl, with no request leaving the machine."""
    from rdflib import RDF, Graph, Namespace

    from kg.cli.main import main

    examples = Path(__file__).resolve().parents[1] / "examples"
    assert main(["build", str(examples), "-o", str(tmp_path), "-q", "--no-validate"]) == 0
    kg = Namespace("https://w3id.org/govkg/ontology#")
    graph = Graph().parse(tmp_path / "graph.ttl")
    expected = {s for cls in ("Official", "Meeting", "Body", "Policy") for s in graph.subjects(RDF.type, kg[cls])}
    browser.open((tmp_path / "graph.html").as_uri())
    assert browser.evaluate("kgExplorer.network.body.nodeIndices.length") == len(expected) > 10
    assert browser.errors() == []
    assert_stayed_local(browser)
