"""Regular expressions of the explore stage, compiled once."""
import re

# "TEXT@DATE" as accepted by --meeting / --cascade / kg cascade: the date is ISO, or --MM-DD
KEY_WITH_DATE = re.compile(r"^(?P<text>.*?)@(?P<date>\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$")
ISO_DATE = re.compile(r"^(?:(?P<year>\d{4})|-)-(?P<month>\d{2})-(?P<day>\d{2})$")
# --param NAME=VALUE
PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)=(?P<value>.*)$", re.S)
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+$")
# characters N-Triples/SPARQL forbid inside <...>
IRI_FORBIDDEN = re.compile(r"[\x00-\x20<>\"{}|^`\\]")
# the header of a shipped .rq file: "# key: value" lines before the query
HEADER_LINE = re.compile(r"^#\s*(?P<key>[a-z]+)\s*:\s*(?P<value>.*?)\s*$")
# "# param: NAME (TYPE[, required][, default "VALUE"]) description"
PARAM_DECL = re.compile(
    r'^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\((?P<type>[a-z]+)(?:\s*,\s*(?P<required>required))?'
    r'(?:\s*,\s*default\s+"(?P<default>[^"]*)")?\)\s*(?P<doc>.*)$')
# an update request, after any PREFIX/BASE lines and comments: refused by the read-only server
UPDATE_START = re.compile(
    r"^(?:\s+|#[^\n]*\n|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
# what a parameter substitution must step over: IRIs, strings (long forms first), comments
QUERY_SKIP = re.compile(
    r"""<[^<>"{}|^`\\\x00-\x20]*>"""
    r"""|'''(?:[^\\]|\\.)*?'''|\"\"\"(?:[^\\]|\\.)*?\"\"\""""
    r"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\""""
    r"""|\#[^\n]*""", re.S)
# a parameter in a query: $name (SPARQL's second variable sigil)
DOLLAR_VAR = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
