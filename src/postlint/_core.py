"""The engine: a Linter loads the pipeline and the rules once, then checks drafts."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from postlint._config import Config, SeverityOrOff
from postlint._errors import InputError, RulePackError
from postlint._markup import Markup, PreparedText, find_suppression, prepare
from postlint._models import Diagnostic, Report, Severity, SuppressedDiagnostic
from postlint._nlp import BLANK
from postlint._rules._base import Checker, Environment, Finding, Rule
from postlint._rules._pack import RulePack, matches_selector, rule_pack_for
from postlint._text import LineIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ActiveRule", "Linter", "active_rules", "check"]

_SURROGATE = re.compile("[\ud800-\udfff]")
#: postlint's own rule-based components are named ``postlint_*`` (see ``postlint._nlp``).
_OWN_COMPONENTS = "postlint_"


@dataclass(frozen=True, slots=True)
class ActiveRule:
    rule: Rule
    severity: Severity


def active_rules(pack: RulePack, config: Config) -> list[ActiveRule]:
    """The rules ``config`` runs, in id order, with their effective severities.

    A rule runs when the profile selects it, ``rules.select`` (if given) selects it, and
    neither the profile nor ``rules.ignore`` ignores it. Severity: the config's override,
    else the profile's, else the rule's own; ``off`` turns the rule off. The most specific
    selector (an id over a family) wins.
    """
    profile = pack.profiles.get(config.profile)
    if profile is None:
        raise RulePackError(f"the rule pack has no profile {config.profile!r}")
    chosen: list[ActiveRule] = []
    for rule_id, rule in sorted(pack.rules.items()):
        if not any(matches_selector(rule_id, s) for s in profile.select):
            continue
        if any(matches_selector(rule_id, s) for s in profile.ignore):
            continue
        if config.rules.select and not any(
            matches_selector(rule_id, s) for s in config.rules.select
        ):
            continue
        if any(matches_selector(rule_id, s) for s in config.rules.ignore):
            continue
        severity: SeverityOrOff = (
            _most_specific(rule_id, config.rules.severity)
            or _most_specific(rule_id, profile.severity)
            or rule.severity
        )
        if severity != "off":
            chosen.append(ActiveRule(rule, severity))
    return chosen


def _most_specific(rule_id: str, overrides: Mapping[str, SeverityOrOff]) -> SeverityOrOff | None:
    best: tuple[int, SeverityOrOff] | None = None
    for selector, severity in overrides.items():
        if matches_selector(rule_id, selector):
            specificity = len(selector) if selector.lower() != "all" else 0
            if best is None or specificity > best[0]:
                best = (specificity, severity)
    return best[1] if best else None


class Linter:
    """Loads the spaCy pipeline and the rules for one config, then checks drafts.

    Pipelines and the rule pack are shared across Linters in a process, so building a
    Linter for a new config is cheap after the first. A Linter is safe to share between
    threads.
    """

    def __init__(self, config: Config | None = None) -> None:
        from postlint._nlp import get_pipeline, pipeline_name
        from postlint._rules.registry import checker_kinds
        from postlint._spacy_import import import_spacy

        import_spacy()  # before anything imports spaCy: spares its command line (see module)
        self.config = config or Config()
        self.pack = rule_pack_for(tuple(self.config.rules.packs))
        self.nlp = get_pipeline(self.config.nlp.model, self.pack)
        self.pipeline = pipeline_name(self.config.nlp.model)
        self.rules = active_rules(self.pack, self.config)
        env = Environment(pack=self.pack, nlp=self.nlp, config=self.config)
        kinds = checker_kinds()
        self._checkers: list[tuple[ActiveRule, Checker]] = []
        for active in self.rules:
            kind = kinds.get(active.rule.check)
            if kind is None:
                raise RulePackError(
                    f"{active.rule.source}: unknown check kind {active.rule.check!r} "
                    f"(known: {', '.join(sorted(kinds))})"
                )
            self._checkers.append((active, kind(active.rule, env)))
        # spaCy's Language is not documented as thread-safe for concurrent calls.
        self._nlp_lock = threading.Lock()

    def check(self, text: str, *, markup: Markup = "plain") -> Report:
        """Check one draft written in ``markup`` (``plain``, ``markdown`` or ``html``).

        Front matter's ``platform``, ``date`` and ``account`` override the config for this
        draft; ``postlint-disable`` comments move findings to ``Report.suppressed``.
        """
        prepared = prepare(self._validate(text), markup)
        with self._nlp_lock:
            doc = self._analyse(prepared.text)
        return self._for_draft(prepared)._report(prepared, doc)

    def check_many(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 64,
        markup: Markup = "plain",
        n_process: int = 1,
    ) -> list[Report]:
        """Check many drafts, batching them through ``nlp.pipe``.

        ``n_process`` > 1 (``-1``: one per CPU) checks a large batch in that many worker
        processes, reports in input order (see ``postlint._parallel``); a batch too small
        to gain from it stays in this process.
        """
        if n_process != 1:
            from postlint._parallel import check_in_processes, process_count

            drafts = [self._validate(text) for text in texts]
            processes = process_count(n_process, len(drafts))
            if processes > 1:
                return check_in_processes(self, drafts, processes, batch_size, markup)
            texts = drafts
        return list(self.iter_check(texts, batch_size=batch_size, markup=markup))

    def iter_check(
        self, texts: Iterable[str], *, batch_size: int = 64, markup: Markup = "plain"
    ) -> Iterator[Report]:
        """Like ``check_many`` but yields reports batch by batch."""
        batch: list[PreparedText] = []
        for text in texts:
            batch.append(prepare(self._validate(text), markup))
            if len(batch) >= batch_size:
                yield from self._check_batch(batch)
                batch = []
        if batch:
            yield from self._check_batch(batch)

    def _check_batch(self, batch: list[PreparedText]) -> list[Report]:
        with self._nlp_lock:
            short = [p.text for p in batch if not self._is_long(p.text)]
            short_docs = iter(self.nlp.pipe(short, batch_size=max(1, len(short))))
            docs = [
                self._analyse(p.text) if self._is_long(p.text) else next(short_docs) for p in batch
            ]
        return [
            self._for_draft(prepared)._report(prepared, doc)
            for prepared, doc in zip(batch, docs, strict=True)
        ]

    def _is_long(self, text: str) -> bool:
        return len(text) > self.config.limits.max_parsed_chars

    def _analyse(self, text: str) -> Doc:
        """The Doc of one draft; past ``limits.max_parsed_chars`` only rule-based components.

        A trained pipeline's tagger, parser and NER take about 1 GB and tens of seconds per
        100,000 characters (measured in benchmarks/scaling.py), so a document that long gets
        the blank path's analysis instead: same tokenizer and vocabulary, lexicons, lookup
        lemmas and rule-based sentences. Rules already handle a Doc without a parse.
        """
        if not self._is_long(text):
            return self.nlp(text)
        # Tokenizing first skips spaCy's ``max_length`` check, which guards the memory of
        # exactly the components left out here.
        doc = self.nlp.tokenizer(text)
        heavy = [name for name in self.nlp.pipe_names if not name.startswith(_OWN_COMPONENTS)]
        doc = self.nlp(doc, disable=heavy)
        if heavy:
            for name in ("postlint_lemmas", "postlint_sentences"):
                doc = self.nlp.create_pipe(name)(doc)
        return doc

    def _for_draft(self, prepared: PreparedText) -> Linter:
        """This Linter, or one for the config with the draft's front matter merged in.

        Front matter cannot change the pipeline (only platform, date, account), so the Doc
        this Linter's pipeline made serves the other Linter too.
        """
        if not prepared.overrides:
            return self
        return _linter_for(self.config.merged(prepared.overrides, source="front matter"))

    def _validate(self, text: str) -> str:
        if not isinstance(text, str):
            raise InputError(f"a draft must be text (str), not {type(text).__name__}")
        limit = self.config.limits.max_bytes
        # A code point is at most 4 UTF-8 bytes: only encode when the cheap bound is exceeded.
        if len(text) * 4 > limit and len(text.encode("utf-8", "surrogatepass")) > limit:
            raise InputError(
                f"draft is larger than the limit of {limit:,} bytes (limits.max_bytes)"
            )
        # Lone surrogates (from a bad decode or a JSON "\ud800") crash spaCy's string store
        # and cannot be printed as UTF-8: each becomes U+FFFD, one code point for one, so
        # every offset still points at the same place in the draft as given.
        if not text.isascii() and _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)
        return text

    def _report(self, prepared: PreparedText, doc: Doc) -> Report:
        from postlint._rules._draft import Draft

        # Rules read the prepared text (code, URLs, tags blanked); evidence, lines and
        # columns come from the draft as written (same offsets).
        text = prepared.original
        draft = Draft(prepared.text, doc, self.config, self.pack, markup=prepared)
        lines = LineIndex(text)
        diagnostics: list[Diagnostic] = []
        suppressed: list[SuppressedDiagnostic] = []
        for active, checker in self._checkers:
            for finding in checker.find(draft):
                diagnostic = self._diagnostic(active, finding, text, lines)
                directive = find_suppression(
                    prepared.suppressions, diagnostic.rule, diagnostic.line
                )
                if directive is None:
                    diagnostics.append(diagnostic)
                else:
                    suppressed.append(
                        SuppressedDiagnostic(
                            diagnostic=diagnostic,
                            reason=directive.reason,
                            directive_line=directive.line,
                        )
                    )
        diagnostics.sort(key=lambda d: (d.start, d.end, d.rule))
        suppressed.sort(key=lambda s: (s.diagnostic.start, s.diagnostic.end, s.diagnostic.rule))
        return Report(
            diagnostics=diagnostics,
            profile=self.config.profile,
            pipeline=BLANK if self._is_long(prepared.text) else self.pipeline,
            suppressed=suppressed,
        )

    def _diagnostic(
        self, active: ActiveRule, finding: Finding, text: str, lines: LineIndex
    ) -> Diagnostic:
        rule = active.rule
        start = max(0, min(finding.start, len(text)))
        end = max(start, min(finding.end, len(text)))
        evidence = text[start:end]
        guidance = rule.guidance_for(self.config.profile)
        message = finding.message or _fill(rule.message, evidence, finding.details)
        line, column = lines.position(start)
        end_line, end_column = lines.position(end)
        return Diagnostic(
            rule=rule.id,
            severity=active.severity,
            message=message,
            start=start,
            end=end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            evidence=evidence,
            confidence=round(finding.confidence, 3),
            guidance=guidance.clause,
            link=guidance.link,
            fixes=finding.fixes,
        )


class _Template(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, evidence: str, details: object) -> str:
    values = _Template(details if isinstance(details, dict) else dict(details))  # type: ignore[call-overload]
    values.setdefault("evidence", " ".join(evidence.split()))
    return template.format_map(values)


_LINTER_CACHE_SIZE = 16
_linters: OrderedDict[str, Linter] = OrderedDict()
_linters_lock = threading.Lock()


def _linter_for(config: Config) -> Linter:
    """A cached Linter per distinct config (a few are kept, least recently used dropped)."""
    key = config.model_dump_json()
    with _linters_lock:
        linter = _linters.get(key)
        if linter is None:
            linter = Linter(config)
            _linters[key] = linter
            if len(_linters) > _LINTER_CACHE_SIZE:
                _linters.popitem(last=False)
        _linters.move_to_end(key)
        return linter


def check(text: str, *, config: Config | None = None, markup: Markup = "plain") -> Report:
    """Check one draft; Linters are cached per config, so repeated calls are cheap.

    ``markup`` is ``plain`` (default), ``markdown`` or ``html`` (see ``postlint._markup``).
    """
    return _linter_for(config or Config()).check(text, markup=markup)
