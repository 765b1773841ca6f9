"""The cyclic collector is paused where the corpus is alive in millions of objects, and only there."""
import gc
from pathlib import Path

import pytest

from kg import collector
from kg.graph import exporters
from kg.pipeline import build, write_outputs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("enabled", [True, False])
def test_paused_restores_what_it_found(enabled):
    (gc.enable if enabled else gc.disable)()
    try:
        with collector.paused():
            with collector.paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_outputs_are_written_with_the_collector_paused(tmp_path):
    seen = []

    def recording(source, path):
        seen.append(gc.isenabled())
        path.write_text("", encoding="utf-8")
        return 0

    exporters.exporter("gc-probe", ".probe", "text/plain")(recording)
    try:
        result = build([next(EXAMPLES.glob("*.txt"))])
        write_outputs(result, tmp_path, formats=["gc-probe"], html=False)
    finally:
        exporters.EXPORTERS.pop("gc-probe")
        exporters._ALIASES.pop("gc-probe", None)
    assert seen == [False]
    assert gc.isenabled()
