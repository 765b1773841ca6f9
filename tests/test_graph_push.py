"""kg push against a local Graph Store stand-in: chunking (PUT then POSTs), retries on 5xx,
basic and digest auth, clear errors, and credentials that never reach the output or logs."""
from __future__ import annotations

import hashlib
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph_samples import small_corpus
from kg.cli.main import main
from kg.errors import PushError
from kg.graph.push import push, target_url
from kg.graph.rdf import to_dataset, to_rdf

SECRET = "s3cret-Pa55-word"
GRAPH = to_rdf(small_corpus())


class Store:
    """What the stand-in server was sent, and how it should answer."""

    def __init__(self, auth=None, fail_first=0, fail_status=503, refuse=None):
        self.auth, self.fail_first, self.fail_status, self.refuse = auth, fail_first, fail_status, refuse
        self.requests = []   # (method, query, body) of accepted requests
        self.seen = 0

    def authorised(self, handler) -> bool:
        header = handler.headers.get("Authorization", "")
        if self.auth == "basic":
            import base64
            return header == "Basic " + base64.b64encode(f"dba:{SECRET}".encode()).decode()
        if self.auth == "digest":
            if not header.startswith("Digest "):
                return False
            fields = dict(part.strip().split("=", 1) for part in header[7:].split(","))
            fields = {k: v.strip('"') for k, v in fields.items()}
            md5 = lambda text: hashlib.md5(text.encode()).hexdigest()  # noqa: E731
            ha1 = md5(f"dba:test:{SECRET}")
            ha2 = md5(f"{handler.command}:{fields['uri']}")
            expected = md5(f"{ha1}:{fields['nonce']}:{fields['nc']}:{fields['cnonce']}:auth:{ha2}")
            return fields.get("username") == "dba" and fields.get("response") == expected
        return True


def _handler(store: Store):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):   # keep the test output quiet
            pass

        def _answer(self, status, body=b"", headers=()):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _write(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if not store.authorised(self):
                challenge = ('Basic realm="test"' if store.auth == "basic"
                             else 'Digest realm="test", nonce="n0nce", qop="auth", algorithm="MD5"')
                return self._answer(401, b"who are you?", [("WWW-Authenticate", challenge)])
            store.seen += 1
            if store.seen <= store.fail_first:
                return self._answer(store.fail_status, b"busy, try again")
            if store.refuse:
                return self._answer(store.refuse, f"bad request; you sent {SECRET}".encode())
            store.requests.append((self.command, urlsplit(self.path).query, body.decode("utf-8")))
            self._answer(201 if self.command == "PUT" else 204)

        do_PUT = do_POST = _write

    return Handler


@pytest.fixture
def serve():
    servers = []

    def start(**options):
        store = Store(**options)
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(store))
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        return store, f"http://127.0.0.1:{server.server_port}/store"
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _received(store) -> Graph:
    return Graph().parse(data="".join(body for _, _, body in store.requests), format="nt")


def test_replace_puts_the_first_chunk_and_posts_the_rest(serve):
    store, url = serve()
    report = push(GRAPH, url, graph_iri="https://example.org/g", chunk_size=len(GRAPH) // 3 + 1)
    assert [m for m, _, _ in store.requests] == ["PUT", "POST", "POST"]
    assert {q for _, q, _ in store.requests} == {"graph=https%3A%2F%2Fexample.org%2Fg"}
    assert isomorphic(_received(store), GRAPH)
    assert (report.triples, report.chunks, report.statuses) == (len(GRAPH), 3, [201, 204, 204])
    assert f"{len(GRAPH)} triples in 3 chunks to <https://example.org/g>" in str(report)


def test_add_posts_every_chunk_and_datasets_send_all_their_triples(serve):
    store, url = serve()
    push(to_dataset(small_corpus()), url, replace=False, chunk_size=len(GRAPH) // 2 + 1)
    assert [m for m, _, _ in store.requests] == ["POST", "POST"]
    assert {q for _, q, _ in store.requests} == {"default"}
    assert isomorphic(_received(store), GRAPH)


def test_empty_graph_with_replace_sends_one_empty_put(serve):
    store, url = serve()
    report = push(Graph(), url, graph_iri="https://example.org/g")
    assert store.requests == [("PUT", "graph=https%3A%2F%2Fexample.org%2Fg", "")]
    assert report.chunks == 1 and report.triples == 0


def test_server_errors_are_retried_with_backoff(serve):
    store, url = serve(fail_first=2)
    report = push(GRAPH, url, graph_iri="https://example.org/g", backoff=0.01)
    assert report.retries == 2 and report.chunks == 1
    assert isomorphic(_received(store), GRAPH)


def test_retries_give_up_and_say_how_far_it_got(serve):
    store, url = serve(fail_first=1, fail_status=503)
    store.fail_first = 10**6
    with pytest.raises(PushError, match="HTTP 503"):
        push(GRAPH, url, graph_iri="https://example.org/g", retries=2, backoff=0.01)
    assert store.seen == 3


def test_client_errors_are_not_retried(serve):
    store, url = serve(refuse=400)
    with pytest.raises(PushError, match="HTTP 400 Bad Request: bad request"):
        push(GRAPH, url, graph_iri="https://example.org/g", backoff=0.01)
    assert store.seen == 1


def test_unreachable_store_is_a_clear_error():
    with pytest.raises(PushError, match="cannot reach"):
        push(GRAPH, "http://127.0.0.1:9/store", retries=1, backoff=0.01, timeout=2)


@pytest.mark.parametrize("auth", ["basic", "digest"])
def test_basic_and_digest_auth(serve, auth):
    store, url = serve(auth=auth)
    push(GRAPH, url, graph_iri="https://example.org/g", user="dba", password=SECRET,
         chunk_size=len(GRAPH) // 2 + 1)
    assert [m for m, _, _ in store.requests] == ["PUT", "POST"]
    with pytest.raises(PushError, match="401"):
        push(GRAPH, url, graph_iri="https://example.org/g", user="dba", password="wrong")


@pytest.mark.parametrize("auth, refuse, code", [("digest", None, 0), ("basic", None, 0),
                                                ("digest", 400, 2), ("basic", 500, 2)])
def test_credentials_are_never_printed_or_logged(serve, tmp_path, monkeypatch, capsys, caplog,
                                                 auth, refuse, code):
    store, url = serve(auth=auth, refuse=refuse)
    path = tmp_path / "graph.nt"
    path.write_text(GRAPH.serialize(format="nt"), encoding="utf-8")
    monkeypatch.setenv("KG_PUSH_PASSWORD", SECRET)
    caplog.set_level(logging.DEBUG)
    argv = ["push", str(path), "--endpoint", url, "--graph", "https://example.org/g", "--user", "dba",
            "--chunk-size", str(len(GRAPH) // 4 + 1), "--retries", "1"]
    assert main(argv) == code
    out, err = capsys.readouterr()
    assert SECRET not in out + err + caplog.text
    if code == 0:
        assert f"{len(GRAPH)} triples in 4 chunks" in out
        assert len(store.requests) == 4
    else:
        assert "HTTP" in err and "***" in err


def test_cli_wants_the_password_in_the_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("KG_PUSH_PASSWORD", raising=False)
    path = tmp_path / "graph.nt"
    path.write_text(GRAPH.serialize(format="nt"), encoding="utf-8")
    assert main(["push", str(path), "--endpoint", "http://127.0.0.1:9/x", "--user", "dba"]) == 2
    assert "KG_PUSH_PASSWORD" in capsys.readouterr().err


def test_credentials_in_the_url_are_refused_without_being_repeated():
    with pytest.raises(PushError) as caught:
        push(GRAPH, f"http://dba:{SECRET}@127.0.0.1:9/store")
    assert SECRET not in str(caught.value)


def test_cli_unreadable_graph_is_exit_2(tmp_path, capsys):
    assert main(["push", str(tmp_path / "missing.ttl"), "--endpoint", "http://127.0.0.1:9/x"]) == 2
    assert "missing.ttl" in capsys.readouterr().err


@pytest.mark.parametrize("endpoint, iri, expected", [
    ("http://h/store", "https://e.org/g", "http://h/store?graph=https%3A%2F%2Fe.org%2Fg"),
    ("http://h/store?x=1", None, "http://h/store?x=1&default")])
def test_target_url(endpoint, iri, expected):
    assert target_url(endpoint, iri) == expected
    assert parse_qs(urlsplit(expected).query, keep_blank_values=True)
