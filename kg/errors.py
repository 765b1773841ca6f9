"""Specific errors raised by library code; the CLI turns them into messages and exit codes."""


class KGError(Exception):
    """Base of every error govkg raises on purpose."""


class InputError(KGError):
    """An input file or line could not be read; names the path and line."""

    def __init__(self, path, reason, line=None):
        self.path, self.reason, self.line = str(path), reason, line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class VocabularyError(KGError):
    """Code asked for a term the ontology does not define."""


class QueryError(KGError):
    """A SPARQL query could not be parsed or run."""


class ModelError(KGError):
    """An NLP model could not be found or loaded (never downloaded)."""


class PushError(KGError):
    """A triple store refused an upload, or could not be reached after the retries."""
