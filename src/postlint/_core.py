"""The engine: a Linter loads the pipeline and the rules once, then checks drafts."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from postlint._catalog import ActiveRule, RuleCatalog, catalog
from postlint._config import Config
from postlint._engine.draft import Draft
from postlint._engine.lexicon import DOC_WARNINGS_KEY
from postlint._engine.memo import Memo
from postlint._engine.normalize import NormalizedText, known_words_of, normalize
from postlint._engine.pipeline import BLANK, OWN_COMPONENT_PREFIX
from postlint._engine.token_patterns import PatternTimeoutError
from postlint._errors import ConfigError, InputError, RulePackError
from postlint._markup import (
    FRONT_MATTER_KEYS as DRAFT_CONTEXT_KEYS,
)
from postlint._markup import (
    Markup,
    PreparedText,
    find_suppression,
    prepare,
)
from postlint._models import Diagnostic, Fix, PlatformLength, Report, SuppressedDiagnostic
from postlint._pack import Rule
from postlint._rules.base import Checker, Environment, Finding
from postlint._rules.platform.too_long import TooLongParams, measure
from postlint._text import LineIndex, first_line

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DRAFT_CONTEXT_KEYS", "Linter", "check", "linter_for"]

_SURROGATE = re.compile("[\ud800-\udfff]")


class Linter:
    """Loads the spaCy pipeline and the rules for one config, then checks drafts.

    Pipelines and the rule pack are shared across Linters in a process, so building a
    Linter for a new config is cheap after the first. A Linter is safe to share between
    threads.
    """

    def __init__(self, config: Config | None = None) -> None:
        from postlint._engine.pipeline import get_pipeline, pipeline_name
        from postlint._rules.registry import checker_kinds

        self.config = config or Config()
        self.catalog: RuleCatalog = catalog(self.config)
        self.pack = self.catalog.pack
        self.rules: list[ActiveRule] = self.catalog.active(self.config)
        self.nlp = get_pipeline(self.config.nlp.model, self.pack)
        self.pipeline = pipeline_name(self.config.nlp.model)
        env = Environment(
            pack=self.pack,
            nlp=self.nlp,
            config=self.config,
            active_rule_ids=frozenset(active.rule.id for active in self.rules),
        )
        kinds = checker_kinds()
        self._checkers: list[tuple[ActiveRule, Checker[Any]]] = []
        # A checker for every rule some situation of the author runs: a draft's front matter
        # may put its author on duty, and the profile's policy then turns rules on.
        for active in self.catalog.runnable(self.config):
            kind = kinds.get(active.rule.check)
            if kind is None:
                raise RulePackError(
                    f"{active.rule.source}: unknown check kind {active.rule.check!r} "
                    f"(known: {', '.join(sorted(kinds))})"
                )
            self._checkers.append((active, kind(active.rule, env)))
        # spaCy's Language is not documented as thread-safe for concurrent calls.
        self._nlp_lock = threading.Lock()
        self._draft_configs: Memo[str, Config] = Memo(max_size=64)
        self._active_by_situation: Memo[
            tuple[str | None, bool, str, bool, str] | None, dict[str, ActiveRule]
        ] = Memo(max_size=64)
        self._known_words = known_words_of(self.pack)

    @property
    def known_rules(self) -> Mapping[str, Rule]:
        """Every rule of the merged rule pack (built-in and the config's packs), by id,
        whether or not this config runs it."""
        return self.catalog.rules

    def check(
        self, text: str, *, markup: Markup = "plain", context: Mapping[str, Any] | None = None
    ) -> Report:
        """Check one draft written in ``markup`` (``plain``, ``markdown`` or ``html``).

        ``context`` sets what is particular to this draft (``DRAFT_CONTEXT_KEYS``: its
        ``platform``, ``date`` and ``account``; an archive gives each post its own date), and
        the draft's front matter sets the same keys over it. Either way they override the
        config for this draft only; ``postlint-disable`` comments move findings to
        ``Report.suppressed``.
        """
        item = self._prepare(text, markup, context)
        with self._nlp_lock:
            doc = self._analyse(item.normalized.text)
        return self._report(item, doc)

    def check_many(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 64,
        markup: Markup = "plain",
        n_process: int = 1,
        contexts: Iterable[Mapping[str, Any] | None] | None = None,
    ) -> list[Report]:
        """Check many drafts, batching them through ``nlp.pipe``.

        ``contexts``, when given, holds one draft context per text (see ``check``).
        ``n_process`` > 1 (``-1``: one per CPU) checks a large batch in that many worker
        processes, reports in input order (see ``postlint._engine.parallel``); a batch too
        small to gain from it stays in this process.
        """
        if n_process != 1:
            from postlint._engine.parallel import check_in_processes, process_count

            drafts = [self._validate(text) for text in texts]
            given = list(contexts) if contexts is not None else [None] * len(drafts)
            if len(given) != len(drafts):
                raise InputError(f"{len(drafts)} drafts but {len(given)} contexts")
            processes = process_count(n_process, len(drafts))
            if processes > 1:
                return check_in_processes(
                    self, linter_for, drafts, given, processes, batch_size, markup
                )
            texts, contexts = drafts, given
        return list(self.iter_check(texts, batch_size=batch_size, markup=markup, contexts=contexts))

    def iter_check(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 64,
        markup: Markup = "plain",
        contexts: Iterable[Mapping[str, Any] | None] | None = None,
    ) -> Iterator[Report]:
        """Like ``check_many`` but yields reports batch by batch."""
        batch: list[_Input] = []
        context_of = iter(contexts) if contexts is not None else None
        for text in texts:
            context = next(context_of, None) if context_of is not None else None
            batch.append(self._prepare(text, markup, context))
            if len(batch) >= batch_size:
                yield from self._check_batch(batch)
                batch = []
        if batch:
            yield from self._check_batch(batch)

    def platform_length(
        self,
        text: str,
        *,
        markup: Markup = "plain",
        context: Mapping[str, Any] | None = None,
    ) -> PlatformLength | None:
        """How long ``text`` is on its platform (the config's, or the context's or front
        matter's), counted as ``platform.too-long`` counts, whether or not that rule runs:
        for a character counter. ``None`` when no platform is set."""
        prepared = self._with_context(prepare(self._validate(text), markup), context)
        platform = self._config_for(prepared).platform
        rule = self.known_rules.get("platform.too-long")
        # A user pack may replace the rule with another check kind: its limits then stand.
        params = (
            TooLongParams.model_validate(rule.params)
            if rule is not None and rule.check == "platform.too-long"
            else TooLongParams()
        )
        measured = measure(prepared, platform, params)
        if measured is None or platform is None:
            return None
        return PlatformLength(platform=platform, length=measured.length, limit=measured.limit)

    def _prepare(self, text: str, markup: Markup, context: Mapping[str, Any] | None) -> _Input:
        prepared = self._with_context(prepare(self._validate(text), markup), context)
        # What the rules read: the prose, with disguised words (Lab\u200bour, T0ries) undone.
        return _Input(prepared, normalize(prepared.text, *self._known_words))

    def _with_context(
        self, prepared: PreparedText, context: Mapping[str, Any] | None
    ) -> PreparedText:
        if not context:
            return prepared
        unknown = sorted(set(context) - set(DRAFT_CONTEXT_KEYS))
        if unknown:
            raise InputError(
                f"draft context: unknown key {unknown[0]!r} "
                f"(known: {', '.join(DRAFT_CONTEXT_KEYS)})"
            )
        # The draft's own front matter has the last word over the caller's context.
        return replace(prepared, overrides={**context, **prepared.overrides})

    def _check_batch(self, batch: list[_Input]) -> list[Report]:
        texts = [item.normalized.text for item in batch]
        with self._nlp_lock:
            short = [text for text in texts if not self._is_long(text)]
            short_docs = iter(self.nlp.pipe(short, batch_size=max(1, len(short))))
            docs = [
                self._analyse(text) if self._is_long(text) else next(short_docs) for text in texts
            ]
        return [self._report(item, doc) for item, doc in zip(batch, docs, strict=True)]

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
        heavy = [name for name in self.nlp.pipe_names if not name.startswith(OWN_COMPONENT_PREFIX)]
        doc = self.nlp(doc, disable=heavy)
        if heavy:
            for name in ("postlint_lemmas", "postlint_sentences"):
                doc = self.nlp.create_pipe(name)(doc)
        return doc

    def _config_for(self, prepared: PreparedText) -> Config:
        """The config with the draft's front matter merged in (``platform``, ``date``,
        ``account``, ``author``: nothing that changes the pipeline; the author's situation
        may change which rules run, see ``_active_for``)."""
        if not prepared.overrides:
            return self.config
        key = json.dumps(prepared.overrides, sort_keys=True, default=str)
        return self._draft_configs.get(
            key, lambda: self.config.merged(prepared.overrides, source="front matter")
        )

    def _shared_diagnostics(
        self, prepared: PreparedText, config: Config, lines: LineIndex
    ) -> list[Diagnostic]:
        """The findings on the post a draft reposts or quotes: sharing is the author's act
        (a retweet of a fundraising post solicits, as the Hatch Act reads it). Checked as a
        draft of the same author and situation; each finding is placed on the draft's first
        line (its evidence), its message naming the shared words. Only the families that
        judge what a post says or links to: the shared post's own work talk, length or
        language is not the author's."""
        sharing = config.sharing
        if sharing.kind not in ("repost", "quote", "like") or not sharing.text.strip():
            return []
        context = {key: value for key, value in prepared.overrides.items() if key != "sharing"}
        item = self._prepare(sharing.text, "plain", {**context, "sharing": {"kind": "post"}})
        with self._nlp_lock:
            doc = self._analyse(item.normalized.text)
        shared = self._report(item, doc)
        # The first line of the author's own words (front matter and markup are blanked in
        # the prepared text, which keeps the draft's offsets).
        start, end = first_line(prepared.text)
        (line, column), (end_line, end_column) = lines.position(start), lines.position(end)
        verb = sharing.kind
        return [
            d.model_copy(
                update={
                    "message": f"In the post you {verb}: {d.message}",
                    "start": start,
                    "end": end,
                    "line": line,
                    "column": column,
                    "end_line": end_line,
                    "end_column": end_column,
                    "evidence": prepared.original[start:end],
                    "fixes": (),
                }
            )
            for d in shared.diagnostics
            if d.family in _SHARED_FAMILIES
        ]

    def _active_for(self, config: Config) -> dict[str, ActiveRule]:
        """The rules a draft with ``config`` runs, by id, with their severities and policy
        rows: the Linter's own, or those of the author's situation its front matter sets."""
        if config is self.config:
            return self._active_by_situation.get(None, lambda: {a.rule.id: a for a in self.rules})
        # Only the author's situation decides which rules a draft's own config runs: the
        # rest of what front matter may set does not.
        situation = (
            config.author.restriction,
            config.author.on_duty,
            config.account.kind,
            config.after_election_day,
            config.author.permission,
        )
        return self._active_by_situation.get(
            situation, lambda: {a.rule.id: a for a in self.catalog.active(config)}
        )

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

    def _report(self, item: _Input, doc: Doc) -> Report:
        # Rules read the prepared, normalised text (code, URLs, tags blanked; disguises
        # undone); evidence, lines and columns come from the draft as written.
        prepared, normalized = item
        text = prepared.original
        config = self._config_for(prepared)
        draft = Draft(normalized.text, doc, config, self.pack, prepared, normalized)
        lines = LineIndex(text)
        diagnostics: list[Diagnostic] = []
        suppressed: list[SuppressedDiagnostic] = []
        warnings: list[str] = list(doc.user_data.get(DOC_WARNINGS_KEY, ()))
        running = self._active_for(config)
        for candidate, checker in self._checkers:
            active = running.get(candidate.rule.id)
            if active is None:
                continue  # off in this author's situation
            try:
                findings = list(checker.find(draft))
            except PatternTimeoutError as error:
                warnings.append(f"rule {active.rule.id} was skipped on this draft: {error}")
                continue
            for finding in findings:
                diagnostic = self._diagnostic(active, finding, text, lines, normalized)
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
        draft.release()
        diagnostics.extend(self._shared_diagnostics(prepared, config, lines))
        diagnostics.sort(key=lambda d: (d.start, d.end, d.rule))
        suppressed.sort(key=lambda s: (s.diagnostic.start, s.diagnostic.end, s.diagnostic.rule))
        return Report(
            diagnostics=diagnostics,
            profile=self.config.profile,
            pipeline=BLANK if self._is_long(normalized.text) else self.pipeline,
            suppressed=suppressed,
            warnings=warnings,
        )

    def _diagnostic(
        self,
        active: ActiveRule,
        finding: Finding,
        text: str,
        lines: LineIndex,
        normalized: NormalizedText,
    ) -> Diagnostic:
        rule = active.rule
        start, end = normalized.to_original(finding.start, finding.end)
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        evidence = text[start:end]
        guidance = active.policy or rule.guidance_for(self.config.profile)
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
            fixes=tuple(_fix_at_original(fix, normalized) for fix in finding.fixes),
        )


#: The families whose findings on a reposted or quoted post are the author's too.
_SHARED_FAMILIES = frozenset({"politics", "timing", "offtopic"})


class _Input(NamedTuple):
    """A draft ready for the pipeline: as prepared from its markup, and normalised."""

    prepared: PreparedText
    normalized: NormalizedText


def _fix_at_original(fix: Fix, normalized: NormalizedText) -> Fix:
    if normalized.starts is None:
        return fix
    start, end = normalized.to_original(fix.start, fix.end)
    return fix.model_copy(update={"start": start, "end": end})


class _Template(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


#: A message quotes at most this many characters of its evidence (a whole sentence can be
#: long); the finding's range and ``evidence`` field still hold all of it.
MESSAGE_EVIDENCE_CHARS = 160


def _fill(template: str, evidence: str, details: object) -> str:
    values = _Template(details if isinstance(details, dict) else dict(details))  # type: ignore[call-overload]
    values.setdefault("evidence", _shortened(" ".join(evidence.split())))
    return template.format_map(values)


def _shortened(words: str) -> str:
    """``words``, cut at a word boundary with "…" when longer than a message should quote."""
    if len(words) <= MESSAGE_EVIDENCE_CHARS:
        return words
    cut = words.rfind(" ", 0, MESSAGE_EVIDENCE_CHARS - 1)
    return words[: cut if cut > MESSAGE_EVIDENCE_CHARS // 2 else MESSAGE_EVIDENCE_CHARS - 1] + "…"


_linters: Memo[str, Linter] = Memo(max_size=16)


def linter_for(config: Config | Mapping[str, Any] | None = None) -> Linter:
    """The shared Linter for ``config`` (one per distinct config, a few kept): what the API's
    ``check``, the command line, the language server and worker processes use, so that a
    pipeline and its rules are built once per config in a process. A mapping is validated as
    a ``Config`` (a ``ConfigError`` names what is wrong)."""
    settings = _as_config(config)
    return _linters.get(settings.model_dump_json(), lambda: Linter(settings))


def _as_config(config: Config | Mapping[str, Any] | None) -> Config:
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if not isinstance(config, Mapping):
        raise ConfigError(
            f"config must be a postlint.Config or a mapping, not {type(config).__name__}"
        )
    return Config.from_mapping(config)


def check(
    text: str,
    *,
    config: Config | Mapping[str, Any] | None = None,
    markup: Markup = "plain",
    context: Mapping[str, Any] | None = None,
) -> Report:
    """Check one draft; Linters are cached per config, so repeated calls are cheap.

    ``config`` is a ``Config`` or a mapping of the same keys as ``.postlint.toml``
    (``{"profile": "us-federal", "author": {"role": "..."}}``).

    ``markup`` is ``plain`` (default), ``markdown`` or ``html`` (see ``postlint._markup``);
    ``context`` is what is particular to this draft (see ``Linter.check``).
    """
    return linter_for(config).check(text, markup=markup, context=context)
