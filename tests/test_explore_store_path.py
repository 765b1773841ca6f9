"""`kg query --store-path DIR`: Oxigraph's store kept on disk, loaded once and reopened."""
from __future__ import annotations

import os

import pytest

from kg.cli.main import main
from kg.errors import InputError, QueryError
from kg.explore.store import open_store

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_loaded_once_then_reopened_with_the_same_triples(graph_file, tmp_path):
    folder = tmp_path / "store"
    first = open_store(graph_file, "oxigraph", folder)
    triples = len(first)
    del first                                     # RocksDB's lock goes with the store
    assert triples == len(open_store(graph_file, "oxigraph")) > 300
    assert len(open_store(graph_file, "oxigraph", folder)) == triples
    assert (folder / "govkg-source.txt").is_file()


def test_a_changed_graph_does_not_meet_an_old_store(graph_file, tmp_path):
    folder = tmp_path / "store"
    open_store(graph_file, "oxigraph", folder)   # loaded, then closed as it is dropped
    stat = graph_file.stat()
    os.utime(graph_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))   # a rebuilt graph
    with pytest.raises(InputError, match="remove the folder"):
        open_store(graph_file, "oxigraph", folder)


@pytest.mark.parametrize("kind", ["rdflib"])
def test_only_oxigraph_keeps_a_store_folder(graph_file, tmp_path, kind):
    with pytest.raises(QueryError, match="store folder"):
        open_store(graph_file, kind, tmp_path / "store")


def test_cli_flag_answers_from_the_folder(graph_file, tmp_path, capsys):
    folder = tmp_path / "store"
    argv = ["query", str(graph_file), "--name", "chaired", "--store-path", str(folder), "-f", "csv"]
    assert main(argv) == 0
    first = capsys.readouterr().out
    assert main(argv) == 0                        # the second run reopens the folder
    assert capsys.readouterr().out == first and len(first.splitlines()) == 6
