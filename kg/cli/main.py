"""`kg` entry point: discovers command modules and turns library errors into messages."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import kg.cli
from kg import __version__
from kg.errors import InputError, KGError

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR, EXIT_USAGE = 0, 1, 2, 64

_EPILOG = """\
The flow: kg build reads reports (txt, html, jsonl; files or folders), extracts officials,
bodies, meetings and policies, resolves them across reports and writes graph.ttl,
graph.html and build.json. The other commands read a built graph.

Exit codes: 0 ok; 1 built, but some inputs were skipped or a SHACL shape is broken;
2 an input or query could not be used; 64 bad command line.
Run `kg COMMAND --help` for each command's options and examples."""


def _commands():
    found = []
    for info in pkgutil.iter_modules(kg.cli.__path__):
        if info.name == "main" or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"kg.cli.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            found.append(module)
    return sorted(found, key=lambda m: m.NAME)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="kg", description="Knowledge graphs of Chinese government meeting reports.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--version", action="version", version=f"govkg {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    for module in _commands():
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.DESCRIPTION,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return top


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if not getattr(args, "_run", None):
        p.print_help()
        return EXIT_USAGE
    try:
        return int(args._run(args) or 0)
    except InputError as err:
        print(f"kg {args.command}: cannot use {err}", file=sys.stderr)
        return EXIT_ERROR
    except KGError as err:
        print(f"kg {args.command}: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted; outputs already written are complete, none is half-written",
              file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
