"""Users' own rule packs are data: validated, regex-checked, restricted to registered kinds."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

import postlint
from postlint._pack import loader as _pack
from postlint._pack.safe_patterns import find_regexes, regex_problems

# Known catastrophic-backtracking shapes (OWASP's ReDoS list and classic examples).
REDOS_PATTERNS = [
    r"(a+)+$",
    r"^(a+)+$",
    r"(a*)*b",
    r"([a-zA-Z]+)*$",
    r"(a|aa)+$",
    r"(a|a?)+$",
    r"(.*a){20}",
    r"(.*)*",
    r"(\d+)*x",
    r"(x+x+)+y",
    r"(\w+\s?)+$",
    r"^(([a-z])+.)+[A-Z]([a-z])+$",
    r"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$",
    r"(a{1,20})+",
    r"(ab|a)*c",
    r"(a?)*",
    r"(a)\1",
    # Polynomial, but of a high degree: a bounded repeat around an unbounded quantifier, and
    # chains of unbounded quantifiers over the same characters (issue: each hung the CLI).
    r"(a.*){9}z",
    r"(.*a){10}$",
    r"(.*){1,10}$",
    r"a*a*a*a*b",
    r"\w*\w*\w*x",
    r".*x.*y.*z",
]
SAFE_PATTERNS = [
    r"^#?vote\w+$",
    r"^(labour|tory|tories)$",
    r"\d{1,3}(\.\d{1,3}){3}",
    r"(?i)^rt$",
    r"^(foo|bar)+$",
    r"colou?r",
    r"^https?://\S+$",
    r"^\d{4}-\d{2}-\d{2}$",
    r"(ab)+",
    r"(?:[a-z]+-)?[a-z]+",
    r"(\w|\d)+$",  # re merges single-character alternatives into one class: no backtracking
    r"[A-Z]+[a-z]+[0-9]+",  # a chain over characters that cannot overlap
    r"^\w+\s\w+$",
    r"(ab){2,3}c",
]


@pytest.mark.parametrize("pattern", REDOS_PATTERNS)
def test_known_redos_patterns_are_refused(pattern: str) -> None:
    assert regex_problems(pattern), pattern


@pytest.mark.parametrize("pattern", SAFE_PATTERNS)
def test_ordinary_patterns_are_accepted(pattern: str) -> None:
    assert regex_problems(pattern) == []
    re.compile(pattern)


@pytest.mark.parametrize("pattern", ["(", "a{2,1}", "x" * 501, "[z-a]"])
def test_broken_or_oversized_patterns_are_refused(pattern: str) -> None:
    assert regex_problems(pattern)


def test_regexes_are_found_anywhere_in_a_pattern_structure() -> None:
    patterns = [[{"LOWER": "vote"}, {"TEXT": {"REGEX": "(a+)+"}}], [{"NORM": {"regex": "b"}}]]
    assert list(find_regexes({"patterns": patterns})) == [
        ("patterns[0][1].TEXT.REGEX", "(a+)+"),
        ("patterns[1][0].NORM.regex", "b"),
    ]


def test_the_built_in_pack_passes_its_own_checks() -> None:
    pack = _pack.load_rule_pack()
    for rule in pack.rules.values():
        for _, pattern in find_regexes(rule.params):
            assert regex_problems(pattern) == [], rule.id


# -- user packs ------------------------------------------------------------------------------

_RULE = """
id = "local.banana-talk"
severity = "warning"
check = "{check}"
summary = "Talk of bananas."
why = "The account is about rail."
message = "Bananas: “{{evidence}}”."

[params]
patterns = [{patterns}]

[guidance.default]
clause = "Our house rules: no fruit."
link = "https://example.org/house-rules"

[[examples.bad]]
text = "I love a banana."

[[examples.good]]
text = "The train is late."
"""


def _write_pack(
    root: Path,
    *,
    check: str = "phrase",
    patterns: str = '[{LOWER = "banana"}]',
    file_name: str = "banana-talk.toml",
) -> Path:
    family = root / "local"
    family.mkdir(parents=True, exist_ok=True)
    (family / file_name).write_text(
        textwrap.dedent(_RULE.format(check=check, patterns=patterns)), encoding="utf-8"
    )
    return root


def _config_with(pack: Path) -> postlint.Config:
    return postlint.Config(rules={"packs": [str(pack)]})


def test_a_user_pack_adds_rules_to_every_profile(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "pack")
    for profile in ("uk-civil-service", "journalist"):
        config = postlint.Config(profile=profile, rules={"packs": [str(pack)]})
        report = postlint.check("Vote Labour, and eat a banana.", config=config)
        assert report.has("local.banana-talk")
        assert report.has("politics.partisan-endorsement")  # the built-in rules still run
        [found] = [d for d in report.diagnostics if d.rule == "local.banana-talk"]
        assert (found.evidence, found.message) == ("banana", "Bananas: “banana”.")
        assert found.guidance == "Our house rules: no fruit."


def test_user_rules_obey_select_and_ignore(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "pack")
    ignored = postlint.Config(rules={"packs": [str(pack)], "ignore": ["local"]})
    assert not postlint.check("a banana", config=ignored).has("local")


def test_pack_paths_in_a_config_file_are_relative_to_it(tmp_path: Path) -> None:
    _write_pack(tmp_path / "project" / "house-rules")
    config_file = tmp_path / "project" / ".postlint.toml"
    config_file.write_text('[rules]\npacks = ["house-rules"]\n', encoding="utf-8")
    config = postlint.Config.from_file(config_file)
    assert config.rules.packs == [str(tmp_path / "project" / "house-rules")]
    assert postlint.check("a banana", config=config).has("local.banana-talk")


def _load_error(pack: Path) -> str:
    with pytest.raises(postlint.RulePackError) as caught:
        postlint.Linter(_config_with(pack))
    return str(caught.value)


def test_a_rule_kind_that_is_not_registered_is_refused(tmp_path: Path) -> None:
    message = _load_error(_write_pack(tmp_path / "pack", check="os.system"))
    assert "banana-talk.toml" in message
    assert "check: unknown kind 'os.system'" in message


def test_an_unsafe_regex_in_rule_params_names_file_and_field(tmp_path: Path) -> None:
    patterns = '[{TEXT = {REGEX = "(a+)+$"}}]'
    message = _load_error(_write_pack(tmp_path / "pack", patterns=patterns))
    assert "banana-talk.toml" in message
    assert "params.patterns[0][0].TEXT.REGEX" in message
    assert "unsafe regular expression" in message


def test_an_unsafe_regex_in_a_lexicon_names_file_and_field(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "pack")
    lexicons = pack / "local" / "lexicons"
    lexicons.mkdir()
    (lexicons / "fruit.toml").write_text(
        'description = "fruit"\n[[entry]]\nlabel = "FRUIT"\n'
        'patterns = [[{LOWER = {REGEX = "(\\\\w|\\\\w\\\\w)*z"}}]]\n',
        encoding="utf-8",
    )
    message = _load_error(pack)
    assert "fruit.toml" in message
    assert "entry[0].patterns[0][0].LOWER.REGEX" in message


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        ('[{NO_SUCH_ATTR = "x"}]', "NO_SUCH_ATTR"),
        ('[{LOWER = "x", OP = "{1000}"}]', "repeats more than 20"),
        ("[{LOWER = {REGEX = 5}}]", "REGEX"),
    ],
)
def test_bad_token_patterns_are_refused_with_the_field(
    tmp_path: Path, patterns: str, expected: str
) -> None:
    message = _load_error(_write_pack(tmp_path / "pack", patterns=patterns))
    assert "params.patterns[0]" in message or "REGEX" in message
    assert expected in message


def test_a_wrong_field_type_names_file_and_field(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "pack")
    rule = pack / "local" / "banana-talk.toml"
    rule.write_text(rule.read_text().replace('severity = "warning"', 'severity = "fatal"'))
    message = _load_error(pack)
    assert "banana-talk.toml" in message and "severity" in message


def test_an_id_that_differs_from_the_file_is_refused(tmp_path: Path) -> None:
    message = _load_error(_write_pack(tmp_path / "pack", file_name="other.toml"))
    assert "should be 'local.other'" in message


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "pack")
    (pack / "local" / "broken.toml").write_text("id = [unclosed\n", encoding="utf-8")
    assert "broken.toml: cannot load" in _load_error(pack)


def test_a_missing_or_empty_pack_folder_is_refused(tmp_path: Path) -> None:
    assert "is not a folder" in _load_error(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    assert "holds no rules" in _load_error(tmp_path / "empty")


def test_oversized_pack_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = _write_pack(tmp_path / "pack")
    monkeypatch.setattr(_pack, "MAX_PACK_FILE_BYTES", 100)
    assert "larger than 100 bytes" in _load_error(pack)


def test_a_draft_cannot_name_a_rule_pack() -> None:
    """Front matter is per-draft config from an untrusted text: packs are not among it."""
    text = "---\nrules:\n  packs: ['/tmp']\n---\nVote Labour!"
    report = postlint.check(text, markup="markdown")
    assert report.has("politics.partisan-endorsement")


def test_a_slow_pattern_the_checks_miss_is_stopped_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shape the static check lets through still cannot hang a check: regular expressions
    run with a time budget, and a rule whose pattern runs out of it is skipped for that draft,
    with a warning naming it."""

    monkeypatch.setattr(_pack, "regex_problems", lambda pattern: [])
    pack = _write_pack(tmp_path / "pack", patterns='[{TEXT = {REGEX = "^(a|aa)+$"}}]')
    config = postlint.Config(rules={"packs": [str(pack)]})
    report = postlint.check("Vote Labour! " + "a" * 60 + "b", config=config)
    assert report.has("politics.partisan-endorsement")  # the other rules still ran
    assert not report.has("local.banana-talk")
    [warning] = report.warnings
    assert "local.banana-talk" in warning and "(a|aa)+" in warning
