"""Command-line interface: one module per command, each a thin wrapper over an importable function.

A command module defines:
    NAME: str            the sub-command ("build", "query", ...)
    HELP: str            one line for `kg --help`
    DESCRIPTION: str     what `kg NAME --help` teaches (examples welcome)
    add_arguments(parser)
    run(args) -> int     the exit code
`kg.cli.main` discovers every such module in this package.
"""
