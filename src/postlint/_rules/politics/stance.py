"""The political-stance analysis that every ``politics.*`` rule reads (one per draft).

Why this module is long: it is kept whole for one reason. The political-risk work (a trained
model, political actors beyond the lists, direction and target) replaces this analysis with
small detector modules, and splitting it first would split it twice.


Every politics rule reads one shared analysis of the draft, :class:`PoliticalStance`
(computed once per draft, whichever rule asks first), and reports the signals of its kind:

* ``endorsement`` / ``attack``: a partisan hashtag or slogan from the lexicons, or a campaign
  hashtag read by its parts (``#StopHillary2016``: a name and an "against" marker); "vote
  (for) X", "X for president"; a party or politician within a few words of a judgement
  (``liar``, ``our only hope``);
* ``solicitation``: asking for money, signatures or canvassing, with a political cause;
* ``verdict``: a campaign hashtag or slogan on a contested issue, or a moral verdict
  ("is murder", "is cruel") next to a contested issue or a measure of government;
* ``official-position``: the author's role, office or title next to any of the above.

Last comes the *personal comment*: a sentence that names a party, politician, ideological
camp or contested issue and is written in the author's own emotive voice (scored from cues
such as "I think", emotive words, "??", intensifiers) without any single judgement next to
the name. It reports an attack or endorsement when the sentence's tone is clear, else a
verdict, always with lower confidence.

Judgement words are the hand-written lists of ``rules/politics/lexicons/stance.toml`` plus
the strongly rated words of VADER's crowd-rated lexicon (vaderSentiment, MIT), less the
emotive words that descriptive and official writing use routinely ("support", "crime").

Quoted words and reported speech ("the minister said…") are someone else's stance and stay
quiet. With a trained pipeline the dependency parse decides reported speech (a reporting verb
with a subject of its own), a judgement must share the mention's clause, and PERSON entities
after a political title ("Senator X") count as politicians; the blank path uses the same word
lists with token windows.

The lexicons (``rules/politics/lexicons/*.toml``) carry every name, tag and word, so an
election's new names are a data change.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeVar

from postlint._engine.draft import Draft

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token

    from postlint._pack import RulePack

__all__ = ["PoliticalStance", "Signal", "SignalKind"]

SignalKind = Literal["endorsement", "attack", "solicitation", "verdict", "official-position"]

_STANCE = "politics/stance"
_MENTION_LABELS = ("PARTY", "POLITICIAN")
_TAG_LABELS = ("PARTISAN_HASHTAG", "PARTISAN_SLOGAN")
_ISSUE_TAG_LABELS = ("ISSUE_HASHTAG", "ISSUE_SLOGAN")
# Party names that are also common nouns or adjectives: checked against the homonym lists.
_HOMONYM_PARTY_WORDS = frozenset(
    {"labour", "green", "reform", "conservative", "conservatives", "democratic", "republican"}
)
# Tokens between a judgement word and a mention for them to count as one statement.
_WINDOW = 12
# Tokens after the copula within which a condemning phrase still judges the measure.
_POLICY_PHRASE_REACH = 6
# A verdict on a measure ("this bill is cruel") must follow it closely, through a copula.
_COPULAS = frozenset({"is", "are", "was", "were", "'s", "’s", "be", "been", "seems", "remains"})
# How an author claims a role: "As a DWP adviser", "I'm a civil servant", "I work at…".
_ROLE_CLAIMS = (
    "as a ",
    "as an ",
    "as the ",
    "as someone",
    "i'm a",
    "i am a",
    "my role",
    "i work",
    "working at",
    "speaking as",
)
# Reporting words that are never the author speaking ("according to", "a poll").
_REPORTING_NOUNS = frozenset({"according", "poll", "survey", "percent", "%", "reports"})
# Characters between a role and an office that still make one phrase (" at the ").
_ROLE_GAP = 8
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_DATING_WORDS = frozenset({"on", "last", "this", "since"})
# The author's own voice, which a dated sentence may still carry ("I watched on Friday").
_FIRST_PERSON_VOICE = frozenset({"i", "i'm", "im", "me", "my", "we", "our", "us", "you", "your"})
# Pronouns of a third person, whom a post's closing tag (#Hillary) may name.
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
# Capitalised words that start a sentence but never name who speaks ("That's why said…").
_NEVER_SPEAKERS = frozenset(
    {"that", "this", "there", "what", "why", "so", "and", "but", "just", "also", "if", "when"}
)
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nt", "hardly"})
_TITLES = frozenset(
    {
        "president",
        "senator",
        "sen.",
        "rep.",
        "congressman",
        "congresswoman",
        "governor",
        "gov.",
        "minister",
        "mp",
        "chancellor",
        "speaker",
    }
)
# "Vote (for) X" asks for votes; a negation before it ("never vote for X") refuses them.
# Cheers that open a sentence or clause before a name ("Go Bernie!", "Ready for Hillary").
_CHEERS: tuple[tuple[str, ...], ...] = (
    ("go",),
    ("ready", "for"),
    ("all", "in", "for"),
    ("i'm", "with"),
    ("i", "'m", "with"),
    ("im", "with"),
    ("come", "on"),
)
_VOTE_WORDS = frozenset({"vote", "voting", "voted", "votes", "elect", "re-elect", "reelect"})
_FOR_OFFICE = frozenset(
    {"president", "prez", "potus", "pm", "prime", "mayor", "senate", "congress"}
)


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of political stance in a draft: its kind, where, how sure, and why."""

    kind: SignalKind
    start: int
    end: int
    confidence: float
    target: str
    """Who or what the stance is about, as written (``Trump``, ``abortion``)."""
    reason: str
    """Why this counts, in a few words (``partisan hashtag``, ``"liar" next to Trump``)."""


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    """Token index of the first token."""
    end: int
    span: Span
    strong: bool
    """A name or party (True) rather than a bare title such as "the president"."""
    camp: bool = False
    """An ideological camp ("the left", "conservatives") rather than a party or person."""


@dataclass(frozen=True, slots=True)
class _View:
    """Per-token facts of one draft as plain lists, built once: creating spaCy Token
    objects over and over is what would make the analysis slow. Where the analysis asks
    whether a sentence holds a kind of word, the token indices of that kind, in order, let
    a binary search answer instead of a pass over the sentence."""

    texts: list[str]
    words: list[str]
    """Lower case, without a leading ``#``."""
    quoted: list[bool]
    hashtags: list[int]
    first_person: list[int]
    """Unquoted words of the stance lexicon's ``first_person`` list."""
    reporting: list[int]
    """Reporting words ("said", "according")."""
    third_person: list[int]
    """Unquoted pronouns of a third person."""
    voice: list[int]
    """The author's own voice (``_FIRST_PERSON_VOICE``), quoted or not."""
    dated: list[int]
    """Weekdays after "on", "last", "this" or "since"."""
    topic: list[int]
    """Words of politics in general ("election")."""

    @classmethod
    def of(cls, draft: Draft, stance: PoliticalStance) -> _View:
        texts = draft.texts  # shared per draft, read from the Doc's arrays; never mutated
        # spaCy's lower-case form is ``str.lower`` of the text, and shared per draft too;
        # most drafts hold no hashtag, and then no word needs its "#" taken off.
        has_hash = "#" in draft.text
        words = [lower.lstrip("#") for lower in draft.lowers] if has_hash else draft.lowers
        if draft.quotations():
            from spacy.attrs import IDX

            offsets = draft.doc.to_array(IDX).tolist()
            quoted = [
                draft.is_quoted(start, start + len(text))
                for start, text in zip(offsets, texts, strict=True)
            ]
        else:
            quoted = [False] * len(texts)
        hashtags = (
            [i for i, text in enumerate(texts) if text.startswith("#") and len(text) > 1]
            if has_hash
            else []
        )
        first_person: list[int] = []
        reporting: list[int] = []
        third_person: list[int] = []
        voice: list[int] = []
        dated: list[int] = []
        topic: list[int] = []
        # Only the words of one of those kinds (few in a draft) get the tests below.
        for index in [i for i, word in enumerate(words) if word in stance.indexed_words]:
            word = words[index]
            if word in stance.first_person and not quoted[index]:
                first_person.append(index)
            if word in stance.reporting:
                reporting.append(index)
            if word in _THIRD_PERSON and not quoted[index]:
                third_person.append(index)
            if word in _FIRST_PERSON_VOICE:
                voice.append(index)
            if word in _WEEKDAYS and index and words[index - 1] in _DATING_WORDS:
                dated.append(index)
            if word in stance.topic:
                topic.append(index)
        return cls(
            texts,
            words,
            quoted,
            hashtags,
            first_person,
            reporting,
            third_person,
            voice,
            dated,
            topic,
        )

    def is_quoted(self, start: int, end: int) -> bool:
        return any(self.quoted[start:end])

    def negated(self, index: int) -> bool:
        """A negation among the three tokens before ``index``."""
        return any(word in _NEGATIONS for word in self.words[max(0, index - 3) : index])


def _any_between(indices: list[int], start: int, end: int) -> bool:
    """Whether the sorted ``indices`` hold one in ``[start, end)``."""
    at = bisect.bisect_left(indices, start)
    return at < len(indices) and indices[at] < end


def _between(indices: list[int], start: int, end: int) -> list[int]:
    """The sorted ``indices`` in ``[start, end)``."""
    return indices[bisect.bisect_left(indices, start) : bisect.bisect_left(indices, end)]


class _Phrases:
    """Lower-case phrase lists from the stance lexicon, matched with one PhraseMatcher."""

    def __init__(self, nlp: Language, lists: dict[str, Iterable[str]]) -> None:
        from spacy.matcher import PhraseMatcher

        self._matcher: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for name, phrases in lists.items():
            self._matcher.add(name, [nlp.make_doc(phrase) for phrase in sorted(phrases)])

    def by_sentence(
        self, doc: Doc, sentences: Sequence[Span]
    ) -> list[dict[str, list[tuple[int, int]]]]:
        """Token ranges of every phrase inside each sentence, by list name, in the order a
        PhraseMatcher run on the sentence alone gives them: one run over the Doc, its
        matches dealt out to the sentences (a run per sentence cost a call per sentence)."""
        found: list[dict[str, list[tuple[int, int]]]] = [{} for _ in sentences]
        matches = self._matcher(doc)
        if not matches:
            return found
        starts = [sentence.start for sentence in sentences]
        vocab_strings = doc.vocab.strings
        for match_id, start, end in matches:
            index = bisect.bisect_right(starts, start) - 1
            if index >= 0 and end <= sentences[index].end:
                found[index].setdefault(vocab_strings[match_id], []).append((start, end))
        return found


class PoliticalStance:
    """Finds every political-stance signal of a draft. Built once per rule pack and pipeline."""

    def __init__(self, pack: RulePack, nlp: Language) -> None:
        def words(name: str) -> frozenset[str]:
            return pack.word_list(f"{_STANCE}.{name}")

        # VADER's strongly rated words widen the hand lists, less the words descriptive
        # writing uses routinely ("support", "crime"): those judge nothing by themselves.
        self._valence = _valence_lexicon()
        routine = words("descriptive") | words("intensifiers")
        emotive = {
            word: value
            for word, value in self._valence.items()
            if abs(value) >= _STRONG_VALENCE and word not in routine
        }
        self._hand_judgements = frozenset(
            w for name in ("attack", "praise", "verdict") for w in words(name) if " " not in w
        )
        self._hand_attack = frozenset(w for w in words("attack") if " " not in w)
        self._hand_praise = frozenset(w for w in words("praise") if " " not in w)
        self._attack = frozenset(w for w in words("attack") if " " not in w) | {
            word for word, value in emotive.items() if value < 0
        }
        self._praise = (
            frozenset(w for w in words("praise") if " " not in w)
            | {word for word, value in emotive.items() if value > 0}
        ) - self._attack
        self._verdict = frozenset(w for w in words("verdict") if " " not in w) | set(emotive)
        self._hand_verdict = words("verdict")
        self._condemnation = (
            frozenset(w for w in words("verdict") if " " not in w)
            - {"right", "rights", "choice", "precious", "sacred", "pray", "prayers", "god", "stand"}
        ) | {word for word, value in emotive.items() if value < 0}
        self.reporting = words("reporting")
        self._speakers = words("speakers")
        self._intensifiers = words("intensifiers")
        self._hashtag_names = sorted(words("hashtag_names"), key=len, reverse=True)
        self._hashtag_for = words("hashtag_for")
        self._hashtag_against = words("hashtag_against")
        self._hashtag_issues = words("hashtag_issue_campaigns")
        self._campaign_verbs = sorted(words("hashtag_campaign_verbs"), key=len, reverse=True)
        self._campaign_objects = words("hashtag_campaign_objects")
        self.topic = words("political_topic")
        self._obligation = words("obligation")
        self.first_person = words("first_person")
        self._homonym_after = words("party_homonym_followers")
        self._homonym_before = words("party_homonym_preceders")
        self._cause = words("political_cause")
        self._offices = words("offices")
        self._phrases = _Phrases(
            nlp,
            {
                "attack": words("attack_phrases"),
                "praise": words("praise_phrases"),
                "verdict": words("verdict_phrases"),
                "policy_condemnation": words("policy_condemnation_phrases"),
                "solicit": words("solicitation_phrases"),
                "opinion": words("opinion_phrases"),
                "role": words("role_words") | self._offices,
                "identity_issue": words("identity_issue"),
                "identity_partisan": words("identity_partisan"),
            },
        )
        self.indexed_words = (
            self.first_person
            | self.reporting
            | self.topic
            | _THIRD_PERSON
            | _FIRST_PERSON_VOICE
            | _WEEKDAYS
        )
        """Every word ``_View`` indexes by kind."""
        self._identity_fillers = words("identity_fillers")
        self._identity_followers = words("identity_followers")

    def signals(self, draft: Draft) -> tuple[Signal, ...]:
        """Every signal in ``draft``, computed once per draft whichever rule asks first."""
        return draft.shared(self._signals)

    def _signals(self, draft: Draft) -> tuple[Signal, ...]:
        return _without_overlaps(self._analyse(draft))

    # -- the analysis -------------------------------------------------------------------

    def _analyse(self, draft: Draft) -> Iterator[Signal]:
        doc = draft.doc
        view = _View.of(draft, self)
        stance: list[Signal] = []
        stance.extend(self._tags(draft, view))
        tagged = {
            i
            for span in draft.spans_labelled(*_TAG_LABELS, *_ISSUE_TAG_LABELS)
            for i in range(span.start, span.end)
        }
        stance.extend(self._hashtag_parts(draft, view, tagged))
        mentions = self._mentions(draft, view)
        issues = [
            span for span in draft.spans_labelled("CONTESTED_ISSUE") if not _quoted(draft, span)
        ]
        policies = [
            span for span in draft.spans_labelled("POLICY_OBJECT") if not _quoted(draft, span)
        ]
        solicitations: list[tuple[Span, Span]] = []
        roles: list[Span] = []
        previous_topic: Span | None = None
        previous_anchors: list[Span] = []
        # Grouped by sentence once: filtering the whole lists for every sentence was
        # quadratic on long drafts (tests/test_limits.py).
        starts = [sentence.start for sentence in draft.sentences]
        mentions_in = _by_sentence(starts, mentions, lambda mention: mention.start)
        issues_in = _by_sentence(starts, issues, lambda span: span.start)
        policies_in = _by_sentence(starts, policies, lambda span: span.start)
        # Posts often end on a block of tags naming who they are about ("What a disgrace!
        # #Hillary"): those names are what the sentences before it talk about.
        tail_anchors = self._tail_tag_anchors(draft, view, mentions_in)
        phrases_in = self._phrases.by_sentence(doc, draft.sentences)
        for index, sentence in enumerate(draft.sentences):
            phrases = phrases_in[index]
            in_sentence = mentions_in.get(index, [])
            sentence_issues = issues_in.get(index, [])
            sentence_policies = policies_in.get(index, [])
            if (
                not phrases
                and not in_sentence
                and not sentence_issues
                and not sentence_policies
                and previous_topic is None
                and not previous_anchors
                and not tail_anchors
                and not _any_between(view.hashtags, sentence.start, sentence.end)
                and not _any_between(view.topic, sentence.start, sentence.end)
            ):
                # Nothing here any rule reads (most sentences): what the loop below would
                # conclude, and the state it would leave (no topic, no anchors), are known.
                continue
            reported = self._is_reported(draft, view, sentence)
            topics = [*sentence_issues, *sentence_policies]
            # What the sentence is about, for a personal comment: a party, politician, camp
            # or contested issue ("He must go." leans on the sentence before).
            anchors = [m.span for m in in_sentence if m.strong or m.camp]
            anchors += [s for s in topics if s.label_ == "CONTESTED_ISSUE"]
            anchors += self._hashtag_mentions(draft, view, sentence)
            if not reported:
                found_before = len(stance)
                for mention in in_sentence:
                    stance.extend(self._judgements(draft, view, sentence, mention, phrases))
                stance.extend(
                    self._verdicts(
                        draft, view, sentence, sentence_issues, sentence_policies, phrases
                    )
                )
                stance.extend(self._identities(draft, view, sentence, phrases))
                if not topics and previous_topic is not None:
                    stance.extend(self._anaphoric_verdict(draft, sentence, previous_topic))
                if len(stance) == found_before:
                    stance.extend(
                        self._comment(
                            draft,
                            view,
                            sentence,
                            anchors
                            or previous_anchors
                            or (tail_anchors if self._about_someone(view, sentence) else []),
                            phrases,
                        )
                    )
            previous_topic = topics[-1] if topics else None
            # A name stays the subject while the sentences after it speak of "he" or "she".
            if anchors or not self._about_someone(view, sentence):
                previous_anchors = anchors
            for start, end in _merged(phrases.get("solicit", ())):
                span = doc[start:end]
                if not _quoted(draft, span):
                    solicitations.append((span, sentence))
            roles.extend(doc[start:end] for start, end in phrases.get("role", ()))
        stance.extend(self._solicitations(draft, view, solicitations, mentions, issues))
        yield from stance
        if stance:
            yield from self._official_position(draft, roles, stance)

    @staticmethod
    def _dated_report(view: _View, sentence: Span) -> bool:
        """News prose dates its events by weekday ("on Friday", "last Tuesday") and speaks
        in the third person: such a sentence is a report, however emotive its words."""
        return _any_between(view.dated, sentence.start + 1, sentence.end) and not _any_between(
            view.voice, sentence.start + 1, sentence.end
        )

    @staticmethod
    def _about_someone(view: _View, sentence: Span) -> bool:
        """The sentence speaks of a third person ("she lied", "his plan") whom a closing
        tag may name."""
        return _any_between(view.third_person, sentence.start, sentence.end)

    def _tail_tag_anchors(
        self, draft: Draft, view: _View, mentions_in: dict[int, list[_Mention]]
    ) -> list[Span]:
        """Parties and politicians named in the hashtags (and @handles) that end the post,
        as sentences of tags alone; empty when the post ends on words."""
        anchors: list[Span] = []
        sentences = draft.sentences
        if len(sentences) < 2:
            return anchors
        for index in range(len(sentences) - 1, -1, -1):
            sentence = sentences[index]
            if not all(
                view.texts[i][:1] in "#@" or not view.texts[i][:1].isalnum()
                for i in range(sentence.start, sentence.end)
            ):
                break
            # People only: party tags are often common words (#Labour, #Green, #Reform).
            anchors += [
                m.span
                for m in mentions_in.get(index, [])
                if m.strong and m.span.label_ == "POLITICIAN"
            ]
        return anchors

    def _tags(self, draft: Draft, view: _View) -> Iterator[Signal]:
        """Partisan and issue hashtags and slogans: a stance by themselves."""
        for span in draft.spans_labelled(*_TAG_LABELS, *_ISSUE_TAG_LABELS):
            if _quoted(draft, span):
                continue
            is_hashtag = span.text.startswith("#")
            # A slogan in reported speech ("supporters chanted lock her up") is theirs.
            if not is_hashtag and self._is_reported(draft, view, draft.sentence_of(span.start)):
                continue
            side, _, target = span.id_.partition(":")
            target = target.split(".", 1)[-1]
            kind_word = "hashtag" if is_hashtag else "slogan"
            if span.label_ in _ISSUE_TAG_LABELS:
                yield Signal(
                    "verdict",
                    span.start_char,
                    span.end_char,
                    0.9 if is_hashtag else 0.85,
                    target,
                    f"campaign {kind_word} on {target.replace('-', ' ')}",
                )
                continue
            yield Signal(
                "attack" if side == "against" else "endorsement",
                span.start_char,
                span.end_char,
                0.95 if is_hashtag else 0.85,
                target,
                f"partisan {kind_word}",
            )

    def _hashtag_parts(self, draft: Draft, view: _View, covered: set[int]) -> Iterator[Signal]:
        """Campaign hashtags no lexicon lists, read by their parts (#StopHillary2016)."""
        for index in view.hashtags:
            if index in covered or view.quoted[index]:
                continue
            tag = view.words[index]
            token = draft.doc[index]
            issue = next((word for word in self._hashtag_issues if word in tag), None)
            if issue is None:
                issue = self._campaign_object(tag)
            if issue is not None:
                yield Signal(
                    "verdict",
                    token.idx,
                    token.idx + len(token),
                    0.85,
                    issue,
                    "campaign hashtag on a contested issue",
                )
                continue
            name = next((n for n in self._hashtag_names if n in tag), None)
            if name is None:
                continue
            at = tag.index(name)
            markers = [part for part in (tag[:at], tag[at + len(name) :]) if part]
            against = any(self._has_marker(part, self._hashtag_against) for part in markers)
            support = any(self._has_marker(part, self._hashtag_for) for part in markers)
            if not (against or support):
                continue
            yield Signal(
                "attack" if against else "endorsement",
                token.idx,
                token.idx + len(token),
                0.85,
                name,
                "partisan hashtag",
            )

    def _campaign_object(self, tag: str) -> str | None:
        """The contested object of a tag built as verb + object (#BanAssaultWeapons), with
        "the", "our" or "all" between them allowed; None for any other tag."""
        verb = next((v for v in self._campaign_verbs if tag.startswith(v)), None)
        if verb is None:
            return None
        rest = tag[len(verb) :]
        for article in ("the", "our", "all"):
            if rest.startswith(article) and rest[len(article) :] in self._campaign_objects:
                return rest[len(article) :]
        return rest if rest in self._campaign_objects else None

    def _hashtag_mentions(self, draft: Draft, view: _View, sentence: Span) -> list[Span]:
        """Hashtags that name a party or politician among other words (#TrumpTower)."""
        found = []
        first = bisect.bisect_left(view.hashtags, sentence.start)
        last = bisect.bisect_left(view.hashtags, sentence.end)
        for index in view.hashtags[first:last]:  # this sentence's hashtags only
            if view.quoted[index]:
                continue
            tag = view.words[index]
            name = next((n for n in self._hashtag_names if n in tag), None)
            if name is not None and tag.replace(name, "", 1) not in self._homonym_after:
                found.append(draft.doc[index : index + 1])
        return found

    @staticmethod
    def _has_marker(part: str, markers: frozenset[str]) -> bool:
        """``part`` (what a hashtag holds besides the name) starts or ends with a marker."""
        return any(part.startswith(marker) or part.endswith(marker) for marker in markers)

    def _mentions(self, draft: Draft, view: _View) -> list[_Mention]:
        """Parties and politicians named in the author's own words (homonyms dropped)."""
        doc = draft.doc
        mentions: list[_Mention] = []
        # Two lexicon entries may name the same words ("Hillary" in any case and in
        # capitals): one mention each, or each would hide the other as "contained" below.
        named = list(
            {
                (span.start, span.end): span
                for span in draft.spans_labelled(*_MENTION_LABELS, "IDEOLOGY")
            }.values()
        )
        # In text order: a span that contains another starts at most ``longest`` tokens
        # before it, so only those are compared (all of them was quadratic).
        named_starts = [span.start for span in named]
        longest = max((len(span) for span in named), default=0)
        for span in named:
            if _quoted(draft, span) or self._is_homonym(span):
                continue
            if any(
                other is not span and other.start <= span.start and span.end <= other.end
                for other in named[
                    bisect.bisect_left(named_starts, span.start - longest) : bisect.bisect_right(
                        named_starts, span.start
                    )
                ]
            ):
                continue  # "Starmer" inside "Keir Starmer": one mention
            camp = span.label_ == "IDEOLOGY"
            mentions.append(_Mention(span.start, span.end, span, strong=not camp, camp=camp))
        covered = {index for m in mentions for index in range(m.start, m.end)}
        for index, word in enumerate(view.words[:-1]):
            if word not in _TITLES:
                continue
            token, name = doc[index], doc[index + 1]
            if name.i in covered:
                continue
            # "Senator Smith": a title before a name (a PERSON entity when NER is available).
            is_name = name.ent_type_ == "PERSON" if draft.has_entities else name.is_title
            if is_name and not name.is_sent_start and not view.is_quoted(token.i, name.i + 1):
                mentions.append(
                    _Mention(token.i, name.i + 1, doc[token.i : name.i + 1], strong=False)
                )
        return sorted(mentions, key=lambda m: m.start)

    def _is_homonym(self, span: Span) -> bool:
        if (
            span.label_ != "PARTY"
            or len(span) != 1
            or span.text.lower() not in _HOMONYM_PARTY_WORDS
        ):
            return False
        doc = span.doc
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        return after in self._homonym_after or before in self._homonym_before

    def _is_reported(self, draft: Draft, view: _View, sentence: Span) -> bool:
        """Whether the sentence reports someone else's words rather than the author's."""
        if _any_between(view.first_person, sentence.start, sentence.end):
            return False
        reporting = _between(view.reporting, sentence.start, sentence.end)
        if not reporting:
            return False
        if not draft.has_parse:
            # Without a parse: a speaker next to the verb ("the minister said", "said
            # Ms Lee", "she says"), or a reporting noun ("according to", "a poll").
            return any(self._has_speaker(view, sentence, i) for i in reporting)
        # With a parse: a reporting verb that has a subject of its own ("the minister
        # said"), or a reporting noun or preposition ("according to", "a poll").
        doc = draft.doc
        return any(
            doc[i].pos_ in {"NOUN", "ADP", "SYM"}
            or any(child.dep_ in {"nsubj", "nsubjpass"} for child in doc[i].children)
            for i in reporting
        )

    def _has_speaker(self, view: _View, sentence: Span, index: int) -> bool:
        if view.words[index] in _REPORTING_NOUNS:
            return True
        nearby = [
            i
            for i in (*range(index - 3, index), index + 1, index + 2)
            if sentence.start <= i < sentence.end
        ]
        return any(
            view.words[i] in self._speakers
            or (view.texts[i].istitle() and view.words[i] not in _NEVER_SPEAKERS)
            or view.texts[i][:1] in "#@"
            for i in nearby
        )

    def _judgements(
        self,
        draft: Draft,
        view: _View,
        sentence: Span,
        mention: _Mention,
        phrases: dict[str, list[tuple[int, int]]],
    ) -> Iterator[Signal]:
        """Endorsement or attack: a party or politician with a judgement near it."""
        doc = draft.doc
        target = mention.span.text
        vote = self._vote_for(view, mention)
        if vote is not None:
            negated, start = vote
            yield Signal(
                "attack" if negated else "endorsement",
                doc[start].idx,
                mention.span.end_char,
                0.95,
                target,
                "refuses a vote to" if negated else "asks for votes for",
            )
            return
        cheer = self._cheer(view, sentence, mention)
        if cheer is not None:
            yield Signal(
                "endorsement",
                doc[cheer].idx,
                mention.span.end_char,
                0.85,
                target,
                "cheers on",
            )
            return
        if self._for_office(mention):
            # "Bernie 2016" ends at the year, "Bernie for president" at the office.
            last = doc[mention.end] if doc[mention.end].is_digit else doc[mention.end + 1]
            yield Signal(
                "endorsement",
                mention.span.start_char,
                last.idx + len(last),
                0.9,
                target,
                "a candidate for office",
            )
            return
        voiced: bool | None = None  # computed when first needed
        best: tuple[int, SignalKind, int, int] | None = None
        kinds: tuple[tuple[str, SignalKind, frozenset[str]], ...] = (
            ("attack", "attack", self._attack),
            ("praise", "endorsement", self._praise if mention.strong else frozenset()),
        )
        for phrase_list, kind, single_words in kinds:
            candidates = [
                (start, end)
                for start, end in phrases.get(phrase_list, ())
                if mention.strong or kind == "attack"
            ]
            candidates += [
                (index, index + 1)
                for index in range(sentence.start, sentence.end)
                if view.words[index] in single_words
            ]
            for start, end in candidates:
                if _overlaps(start, end, mention.start, mention.end) or view.is_quoted(start, end):
                    continue
                distance = start - mention.end if start >= mention.end else mention.start - end
                if distance > _WINDOW or not self._same_statement(draft, mention, start):
                    continue
                if end - start == 1 and view.words[start] not in self._hand_judgements:
                    # VADER's words also describe events ("severe", "broke"): in news-like
                    # prose they judge only right beside the name ("Egomaniac Trump") or
                    # after a copula ("X is pathetic").
                    if voiced is None:
                        voiced = self._has_voice(view, sentence, phrases, mention)
                    predicative = start > mention.end and any(
                        view.words[i] in _COPULAS for i in range(mention.end, start)
                    )
                    if not (voiced or distance <= 1 or (predicative and distance <= 4)):
                        continue
                signal_kind = kind
                if kind == "endorsement" and view.negated(start):
                    signal_kind = "attack"  # "not qualified", "never honest"
                if best is None or distance < best[0]:
                    best = (distance, signal_kind, start, end)
        if best is None:
            return
        _, kind, start, end = best
        word = doc[start:end].text
        yield Signal(
            kind,
            min(mention.span.start_char, doc[start].idx),
            max(mention.span.end_char, doc[end - 1].idx + len(doc[end - 1])),
            0.8 if mention.strong else 0.7,
            target,
            f"“{word}” about {target}",
        )

    def _has_voice(
        self,
        view: _View,
        sentence: Span,
        phrases: dict[str, list[tuple[int, int]]],
        mention: _Mention,
    ) -> bool:
        """Whether the sentence sounds like the author talking, not like news prose."""
        if phrases.get("opinion"):
            return True
        for index in range(sentence.start, sentence.end):
            if view.quoted[index] or mention.start <= index < mention.end:
                continue
            word, text = view.words[index], view.texts[index]
            if (
                word in self.first_person
                or word in self._intensifiers
                or "?" in text
                or text.count("!") > 1
                or (text.startswith("#") and len(text) > 2)
                or (len(text) >= 5 and text.isalpha() and text.isupper())
            ):
                return True
        return False

    def _comment(
        self,
        draft: Draft,
        view: _View,
        sentence: Span,
        anchors: Sequence[Span],
        phrases: dict[str, list[tuple[int, int]]],
    ) -> Iterator[Signal]:
        """A sentence about a party, politician, camp or contested issue in the author's own,
        evaluative voice, though no single judgement sits next to the name.

        The voice is scored from cues neutral reporting and official writing lack: judgement
        words of the hand lists, VADER words rated 2.0 or more, and "I think…" (2 each);
        milder VADER words, first or second person, ? or !!, intensifiers, "should",
        comparisons, further hashtags, shouting (1 each). The balance of VADER valence in the
        sentence gives the direction when it is clear.
        """
        doc = draft.doc
        threshold = _COMMENT_SCORE
        if self._dated_report(view, sentence):
            return
        if not anchors:
            # Politics in general ("the election"): a higher bar, and it must be emotive.
            first_topic = _between(view.topic, sentence.start, sentence.end)[:1]
            anchors = [doc[i : i + 1] for i in first_topic]
            threshold = _TOPIC_COMMENT_SCORE
        if not anchors:
            return
        anchored = {i for span in anchors for i in range(span.start, span.end)}
        # Moral words ("murder", "rights") judge an issue; next to a name they may be news.
        issue = any(span.label_ == "CONTESTED_ISSUE" for span in anchors)
        cues: set[str] = set()
        if any(not view.is_quoted(s, e) for s, e in phrases.get("opinion", ())):
            cues.add("opinion")
        balance = 0.0
        # The hand-written lists say the direction more surely than VADER's valence ("has
        # my vote, no question" is praise though "no" rates negative; "a total fraud,
        # honestly" is an attack though "honestly" rates positive): praise minus attack.
        judged = sum(not view.is_quoted(s, e) for s, e in phrases.get("praise", ())) - sum(
            not view.is_quoted(s, e) for s, e in phrases.get("attack", ())
        )
        # One "!" is how announcements end; several, or a question, are a speaker's voice.
        exclaimed = sum(view.texts[i] == "!" for i in range(sentence.start, sentence.end)) > 1
        for index in range(sentence.start, sentence.end):
            if index in anchored or view.quoted[index]:
                continue
            word, text = view.words[index], view.texts[index]
            value = self._valence.get(word, 0.0)
            sign = -1 if view.negated(index) else 1
            balance += sign * value
            if word in self._hand_attack:
                judged -= sign
            elif word in self._hand_praise:
                judged += sign
            if word in self._hand_judgements and (issue or word not in self._hand_verdict):
                cues.add("emotive")
            elif word in self._attack or word in self._praise or (issue and word in self._verdict):
                # VADER's words also describe events: only the strongly rated count fully.
                cues.add("rated" if abs(value) >= _EMOTIVE_VALENCE else "mild")
            elif word in self.first_person:
                cues.add("person")
            elif "?" in text or text.count("!") > 1 or (text == "!" and exclaimed):
                cues.add("punctuation")
            elif word in self._intensifiers:
                cues.add("intensifier")
            elif word in self._obligation:
                cues.add("obligation")
            elif word in {"better", "worse", "than", "tougher", "weaker", "stronger", "smarter"}:
                cues.add("comparison")
            elif text.startswith("#") and len(text) > 2:
                cues.add("hashtag")
            elif len(text) >= 5 and text.isalpha() and text.isupper():
                cues.add("shouting")
        # Comparing two named politicians ("X's plan is better than Y's") takes sides.
        rivals = len({span.text.lower().lstrip("#") for span in anchors}) >= 2
        weighty = (
            {"opinion", "emotive", "rated", "comparison"}
            if rivals
            else {"opinion", "emotive", "rated"}
        )
        score = sum(2 if cue in weighty else 1 for cue in cues)
        if score < threshold or (threshold > _COMMENT_SCORE and not cues & weighty):
            return
        # Delight at politics in general ("what a turnout at the election!!") takes no side;
        # a sour or opinionated sentence does, and so does praise of someone ("respect to
        # him for his campaign").
        delighted = judged > 0 or (judged == 0 and balance > 0)
        if (
            threshold == _TOPIC_COMMENT_SCORE
            and delighted
            and "opinion" not in cues
            and not self._about_someone(view, sentence)
        ):
            return
        anchor = anchors[0]
        partisan = anchor.label_ in _MENTION_LABELS
        kind: SignalKind = "verdict"
        if partisan and (judged < 0 or (judged == 0 and balance <= -_STRONG_VALENCE)):
            kind = "attack"
        elif partisan and (judged > 0 or (judged == 0 and balance >= _STRONG_VALENCE)):
            kind = "endorsement"
        yield Signal(
            kind,
            sentence.start_char,
            sentence.end_char,
            0.55,
            anchor.text,
            f"personal comment on {anchor.text} ({', '.join(sorted(cues))})",
        )

    def _identities(
        self,
        draft: Draft,
        view: _View,
        sentence: Span,
        phrases: dict[str, list[tuple[int, int]]],
    ) -> Iterator[Signal]:
        """The author claiming a political identity: "I'm pro-life", "as a proud socialist",
        "we are Republicans". A stance with no target named: a verdict on the issue or camp,
        an endorsement for a party loyalty."""
        doc = draft.doc
        kinds: tuple[tuple[str, SignalKind], ...] = (
            ("identity_partisan", "endorsement"),
            ("identity_issue", "verdict"),
        )
        for list_name, kind in kinds:
            for start, end in phrases.get(list_name, ()):
                if view.is_quoted(start, end) or not self._identity_follows(view, sentence, end):
                    continue
                claim = self._identity_claim(view, sentence, start)
                if claim is None:
                    continue
                identity = doc[start:end].text
                yield Signal(
                    kind,
                    doc[claim].idx,
                    doc[end - 1].idx + len(doc[end - 1]),
                    0.8,
                    identity,
                    f"claims to be {identity}",
                )
                return

    def _identity_claim(self, view: _View, sentence: Span, start: int) -> int | None:
        """The first token of "I'm (a proud)", "we are", "as a" right before ``start``."""
        index = start - 1
        while index >= sentence.start and view.words[index] in self._identity_fillers:
            index -= 1
        if index < sentence.start:
            return None
        word = view.words[index].replace("’", "'")
        before = view.words[index - 1] if index > sentence.start else ""
        if word in {"i'm", "im", "as"}:
            # "as" claims only with an article: "as a feminist", not "as liberal as".
            if word == "as" and view.words[index + 1] not in {"a", "an"}:
                return None
            return index
        if (word in {"'m", "am"} and before == "i") or (word in {"'re", "are"} and before == "we"):
            return index - 1
        return None

    def _identity_follows(self, view: _View, sentence: Span, end: int) -> bool:
        """The identity ends its phrase: "I'm pro-life." or "I'm pro-life and...", not
        "I'm a conservative estimate away"."""
        if end >= sentence.end:
            return True
        text = view.texts[end]
        return not text[:1].isalnum() or view.words[end] in self._identity_followers

    def _anaphoric_verdict(self, draft: Draft, sentence: Span, topic: Span) -> Iterator[Signal]:
        """ "It's murder." right after a sentence naming a contested issue or measure."""
        doc = draft.doc
        tokens = [t for t in sentence if not t.is_punct][:6]
        for index, token in enumerate(tokens[:-1]):
            if token.lower_ not in {"it", "this", "that", "it's", "that's", "its"}:
                continue
            rest = tokens[index + 1 :]
            if rest and rest[0].lower_ in _COPULAS:
                rest = rest[1:]
            for word in rest[:3]:
                if self._word(word) in self._verdict and not _quoted(
                    draft, doc[word.i : word.i + 1]
                ):
                    yield Signal(
                        "verdict",
                        token.idx,
                        word.idx + len(word),
                        0.75,
                        topic.text,
                        f"“{word.text}” on {topic.text}",
                    )
                    return
            return

    @staticmethod
    def _vote_for(view: _View, mention: _Mention) -> tuple[bool, int] | None:
        """``(negated, first token)`` when the mention follows "vote (for)"."""
        index = mention.start - 1
        if index >= 0 and view.words[index] == "for":
            index -= 1
        if index < 0 or view.words[index] not in _VOTE_WORDS:
            return None
        return view.negated(index), index

    @staticmethod
    def _cheer(view: _View, sentence: Span, mention: _Mention) -> int | None:
        """The first token of a cheer that opens a sentence or clause right before a strong
        mention ("Go Hillary!", "Ready for Bernie", "Come on Starmer")."""
        if not mention.strong:
            return None
        for cheer in _CHEERS:
            start = mention.start - len(cheer)
            if start < sentence.start or tuple(view.words[start : mention.start]) != cheer:
                continue
            if start == sentence.start or not view.texts[start - 1][:1].isalnum():
                return start
        return None

    @staticmethod
    def _for_office(mention: _Mention) -> bool:
        """``X for president``, ``X 2016``."""
        doc = mention.span.doc
        if not mention.strong or mention.end >= len(doc):
            return False
        following = doc[mention.end]
        if following.text in {"2016", "2020", "2024", "2028"}:
            return True
        return (
            following.lower_ in {"for", "4"}
            and mention.end + 1 < len(doc)
            and doc[mention.end + 1].lower_ in _FOR_OFFICE
        )

    @staticmethod
    def _same_statement(draft: Draft, mention: _Mention, index: int) -> bool:
        """With a parse: the judgement and the mention hang off the same clause."""
        if not draft.has_parse:
            return True
        doc = draft.doc
        return _clause(doc[index]) == _clause(mention.span.root) or abs(index - mention.start) <= 3

    def _verdicts(
        self,
        draft: Draft,
        view: _View,
        sentence: Span,
        issues: Sequence[Span],
        policies: Sequence[Span],
        phrases: dict[str, list[tuple[int, int]]],
    ) -> Iterator[Signal]:
        """A moral verdict next to a contested issue, or "this <measure> is <verdict>"."""
        doc = draft.doc
        if not any(sentence.start <= s.start < sentence.end for s in (*issues, *policies)):
            return
        if self._dated_report(view, sentence):
            return  # "The senate voted on Tuesday to defund…": news of a vote, not a verdict
        verdict_ranges = [
            (start, end)
            for start, end in [
                *phrases.get("verdict", ()),
                *(
                    (i, i + 1)
                    for i in range(sentence.start, sentence.end)
                    if view.words[i] in self._verdict
                ),
            ]
            if not view.is_quoted(start, end)
        ]
        for issue in issues:
            if not sentence.start <= issue.start < sentence.end:
                continue
            # The hand-written verdicts ("murder", "a disgrace") before VADER's wider list.
            near = [
                (
                    doc[start:end].text.lower().lstrip("#") not in self._hand_verdict,
                    abs(start - issue.start),
                    start,
                    end,
                )
                for start, end in verdict_ranges
                if not _overlaps(start, end, issue.start, issue.end)
                and min(abs(start - issue.end), abs(issue.start - end)) <= _WINDOW
            ]
            if near:
                _, _, start, end = min(near)
                yield Signal(
                    "verdict",
                    min(issue.start_char, doc[start].idx),
                    max(issue.end_char, doc[end - 1].idx + len(doc[end - 1])),
                    0.8,
                    issue.text,
                    f"“{doc[start:end].text}” on {issue.text}",
                )
                return
        for policy in policies:
            if not sentence.start <= policy.start < sentence.end:
                continue
            copula = next(
                (
                    token.i
                    for token in doc[policy.end : min(policy.end + 3, sentence.end)]
                    if token.lower_ in _COPULAS
                ),
                None,
            )
            if copula is None:
                continue
            # A condemning phrase may sit a few words on ("is literally taking away").
            phrase = next(
                (
                    (start, end)
                    for start, end in phrases.get("policy_condemnation", ())
                    if copula < start <= copula + _POLICY_PHRASE_REACH
                    and not view.is_quoted(start, end)
                ),
                None,
            )
            if phrase is not None:
                last = doc[phrase[1] - 1]
                yield Signal(
                    "verdict",
                    policy.start_char,
                    last.idx + len(last),
                    0.85,
                    policy.text,
                    f"“{doc[phrase[0] : phrase[1]].text}” on a {policy.text}",
                )
                return
            for token in doc[copula + 1 : min(copula + 4, sentence.end)]:
                # Praise of a measure is how official accounts announce it; only condemnation
                # ("cruel", "a disgrace") is a personal verdict here.
                if self._word(token) in self._condemnation:
                    yield Signal(
                        "verdict",
                        policy.start_char,
                        token.idx + len(token),
                        0.85,
                        policy.text,
                        f"“{token.text}” on a {policy.text}",
                    )
                    return

    def _solicitations(
        self,
        draft: Draft,
        view: _View,
        solicitations: Sequence[tuple[Span, Span]],
        mentions: Sequence[_Mention],
        issues: Sequence[Span],
    ) -> Iterator[Signal]:
        """Asking for money, signatures or canvassing, for a political cause."""
        if not solicitations:
            return
        political_spans = [m.span for m in mentions if m.strong] + list(issues)
        political_spans += draft.spans_labelled(*_TAG_LABELS, *_ISSUE_TAG_LABELS)
        political_spans.sort(key=lambda span: span.start)
        political_starts = [span.start for span in political_spans]
        for span, sentence in solicitations:
            cause = next(
                (
                    political_spans[i].text
                    for i in range(
                        bisect.bisect_left(political_starts, sentence.start),
                        bisect.bisect_left(political_starts, sentence.end),
                    )
                ),
                None,
            )
            if cause is None:
                cause = next(
                    (
                        view.texts[i]
                        for i in range(sentence.start, sentence.end)
                        if view.words[i] in self._cause
                    ),
                    None,
                )
            if cause is None and not span.text.lower().startswith(("rt", "retweet", "share")):
                cause = next((s.text for s in political_spans), None)
            if cause is None:
                continue
            yield Signal(
                "solicitation",
                span.start_char,
                span.end_char,
                0.85,
                cause,
                f"asks for support with {cause}",
            )
            return

    def _official_position(
        self, draft: Draft, roles: Sequence[Span], stance: Sequence[Signal]
    ) -> Iterator[Signal]:
        """The author's role or office next to partisan content."""
        text_lower = draft.text.lower()
        positions: list[tuple[int, int]] = []
        author = draft.config.author
        for configured in (author.role, author.organisation):
            if configured and len(configured) >= 3:
                found = text_lower.find(configured.lower())
                if found >= 0:
                    positions.append((found, found + len(configured)))
        doc = draft.doc
        for role in roles:
            # A role word counts when the author claims it: "As a…", "I'm a…", "my role as",
            # "I work at…"; the evidence runs from the claim to the role.
            window = doc[max(draft.sentence_of(role.start).start, role.start - 6) : role.start]
            claim = next(
                (
                    window.start + index
                    for index in range(len(window))
                    if doc[window.start + index : role.start].text.lower().startswith(_ROLE_CLAIMS)
                ),
                None,
            )
            if claim is not None:
                positions.append((doc[claim].idx, role.end_char))
        if not positions:
            return
        # "As a policy adviser" + " at the " + "Department for Transport": one stretch.
        positions.sort()
        start, end = positions[0]
        for next_start, next_end in positions[1:]:
            if next_start - end > _ROLE_GAP or "\n" in draft.text[end:next_start]:
                break
            end = max(end, next_end)
        subject = stance[0]
        yield Signal(
            "official-position",
            start,
            end,
            0.85,
            draft.text[start:end],
            f"with {subject.reason}",
        )

    @staticmethod
    def _word(token: Token) -> str:
        return token.lower_.lstrip("#")


# Cue score at which a sentence about politics reads as the author's own comment.
_COMMENT_SCORE = 2
# ...and when it only touches politics in general ("the election", "politicians").
_TOPIC_COMMENT_SCORE = 3
# ...and from this it is emotive enough to mark a personal comment by itself.
_EMOTIVE_VALENCE = 2.0
# VADER's valence runs from -4 to +4; beyond this a word is a judgement, not a description.
_STRONG_VALENCE = 1.2


def _valence_lexicon() -> dict[str, float]:
    """Word -> mean valence from VADER's crowd-rated social-media lexicon (MIT licence)."""
    from importlib import resources

    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    valence: dict[str, float] = {}
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        if word.isalpha() and rest:
            valence[word.lower()] = float(rest.split("\t", 1)[0])
    return valence


_T = TypeVar("_T")
#: Characters per bucket when looking for overlaps (see ``_without_overlaps``).
_BUCKET = 64


def _by_sentence(
    sentence_starts: Sequence[int], items: Iterable[_T], token_of: Callable[[_T], int]
) -> dict[int, list[_T]]:
    """``items`` grouped by the index of the sentence holding their token, in order."""
    groups: dict[int, list[_T]] = {}
    for item in items:
        index = bisect.bisect_right(sentence_starts, token_of(item)) - 1
        groups.setdefault(index, []).append(item)
    return groups


def _buckets(start: int, end: int) -> range:
    """The buckets a character range touches (an empty range: the one holding ``start``)."""
    return range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1)


def _without_overlaps(signals: Iterable[Signal]) -> tuple[Signal, ...]:
    """One signal per stretch of text and kind: the most confident, then the first."""
    kept: list[Signal] = []
    # Two overlapping ranges share a bucket, so a signal is compared only with kept signals
    # in its own buckets (comparing with every kept signal was quadratic on long drafts).
    kept_in: dict[tuple[str, int], list[Signal]] = {}
    for signal in sorted(signals, key=lambda s: (-s.confidence, s.start)):
        buckets = _buckets(signal.start, signal.end)
        if not any(
            _overlaps(k.start, k.end, signal.start, signal.end)
            for bucket in buckets
            for k in kept_in.get((signal.kind, bucket), ())
        ):
            kept.append(signal)
            for bucket in buckets:
                kept_in.setdefault((signal.kind, bucket), []).append(signal)
    return tuple(sorted(kept, key=lambda s: (s.start, s.end, s.kind)))


def _merged(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping token ranges joined ("please sign" + "sign the petition")."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _quoted(draft: Draft, span: Span) -> bool:
    return draft.is_quoted(span.start_char, span.end_char)


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def _clause(token: Token) -> int:
    """The index of the verb (or root) heading the clause ``token`` is in."""
    current = token
    for _ in range(12):
        # Coordinated verbs share their subject ("X knew and did nothing"): one clause.
        if current.pos_ in {"VERB", "AUX"} and current.dep_ == "conj":
            current = current.head
            continue
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return current.i
        current = current.head
    return current.i
