"""Fixtures shared by several test modules."""
import pytest

from test_explore_sample import sample_turtle


@pytest.fixture
def graph_file(tmp_path):
    """The sample graph written as Turtle, for commands that read a graph file."""
    path = tmp_path / "graph.ttl"
    path.write_text(sample_turtle(), encoding="utf-8")
    return path
