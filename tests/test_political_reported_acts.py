"""What a post reports one side doing to another, and what only labels a link, is no stance
of the author's on the one named.

The sentences are the project's own; each shape is tried with several parties and
politicians alike.
"""

from __future__ import annotations

import pytest

from tests.conftest import (
    PARTIES_AND_POLITICIANS,
    Lint,
    civil_servant_check,
    sentence_case,
    sided_messages,
    sides_on,
)

PAIRS = [
    ("Farage", "Starmer"),
    ("Starmer", "Badenoch"),
    ("Badenoch", "Farage"),
    ("Trump", "Harris"),
    ("Harris", "Trump"),
]


@pytest.mark.parametrize(("attacker", "attacked"), PAIRS)
@pytest.mark.parametrize(
    "shape",
    [
        "{a}'s latest tirade against {b} was embarrassing to watch.",
        "{a} keeps laying into {b} over tax to distract from his own record.",
        "Typical of {a} to go after {b} instead of answering the question.",
    ],
)
def test_an_attack_reported_is_no_attack_on_the_one_attacked(
    shape: str, attacker: str, attacked: str
) -> None:
    text = shape.format(a=attacker, b=attacked)
    messages = sided_messages(text)
    assert not any(m.startswith(f"Attacks {attacked}") for m in messages), messages


@pytest.mark.parametrize(("attacker", "attacked"), PAIRS)
def test_one_politicians_words_on_another_quoted_are_theirs(attacker: str, attacked: str) -> None:
    text = f"{attacker} on {attacked}: “Completely out of their depth and the country knows it.”"
    messages = sided_messages(text)
    assert not any(m.startswith(f"Attacks {attacked}") for m in messages), messages


@pytest.mark.parametrize("name", ["Starmer", "Badenoch", "Farage", "Trump", "Harris"])
def test_the_authors_own_words_before_a_quotation_are_theirs(name: str) -> None:
    messages = sided_messages(f"I'll say it again on {name}: “a disgrace who should resign”.")
    assert any(m.startswith(f"Attacks {name}") for m in messages), messages


@pytest.mark.parametrize(
    "name",
    # Badenoch was a strict xfail until the reading with the one actor marked stood for the
    # sentence where surer (``marked_risk``): the judge under-read this frame for her alone.
    ["Starmer", "Badenoch", "Farage", "Trump", "Harris"],
)
def test_the_authors_verdict_in_quotation_marks_attacks_every_leader_alike(name: str) -> None:
    messages = sided_messages(f"My verdict on {name}: “a total disgrace and a liar”.")
    assert any(m.startswith(f"Attacks {name}") for m in messages), messages


@pytest.mark.parametrize("name", ["Starmer", "Badenoch", "Farage", "Trump", "Harris"])
def test_the_author_attacking_is_still_an_attack(name: str) -> None:
    messages = sided_messages(f"I'm sick of {name}'s lies. Time to go.")
    assert any(m.startswith(f"Attacks {name}") for m in messages), messages


@pytest.mark.parametrize(
    "text",
    [
        # A video description's list of links names friends, channels and shops.
        "Thanks for watching! Ellie Warren: https://example.com/ellie-warren",
        "Filmed with my brother.\nMusic by Ellie Harris | https://example.com/ellie",
        "Gear I use:\nMy Desk Setup For Labour Day Sales: https://example.com/desk",
        "New video every Friday.\nMY FULL KIT LIST FOR THE REFORM RUN:\nhttps://example.com/kit",
    ],
)
def test_a_link_label_or_a_heading_takes_no_side(text: str) -> None:
    assert sided_messages(text) == []


@pytest.mark.parametrize("party", ["Labour", "Reform", "Tories", "Greens"])
def test_a_sentence_before_a_link_still_takes_its_side(party: str) -> None:
    messages = sided_messages(f"The {party} are a disgrace https://example.com/story")
    assert any(m.startswith("Attacks") for m in messages), messages


@pytest.mark.parametrize("party", ["Labour", "the Conservatives", "the Greens", "Reform UK"])
@pytest.mark.parametrize(
    "shape",
    [
        "Great to see {p} putting real money into the ferry route.",
        "Thank god {p} stepped in to keep the swimming pool open.",
        "Say what you like, {p} kept their word on the bus fares.",
    ],
)
def test_gladness_and_promises_kept_support_every_party_alike(shape: str, party: str) -> None:
    messages = sided_messages(shape.format(p=party))
    assert any(m.startswith("Supports") for m in messages), messages
    assert not any(m.startswith("Attacks") for m in messages), messages


@pytest.mark.parametrize("party", ["Labour", "the Conservatives", "the Greens", "Reform UK"])
def test_gladness_in_a_sarcastic_post_is_no_support(party: str) -> None:
    text = f"So glad {party} have found yet another slogan instead of a policy. Inspired 👏"
    messages = sided_messages(text)
    assert not any(m.startswith("Supports") for m in messages), messages


@pytest.mark.parametrize(
    "name", ["Priya Ramsden", "Tom Ashworth", "Mariana Okonjo", "Dale Fenwick"]
)
@pytest.mark.parametrize(
    "shape",
    [
        "The pile-on against {n} over the bin strike is ridiculous. She did her job.",
        "The abuse {n} gets for standing up for the allotments is shameful.",
    ],
)
def test_critics_rebutted_defend_a_politician_no_list_knows(shape: str, name: str) -> None:
    messages = sided_messages(shape.format(n=name))
    assert not any(m.startswith("Attacks") for m in messages), messages


def test_a_summary_cut_off_mid_sentence_is_not_read_past_its_last_clause() -> None:
    text = (
        "Ministers launched the river plan in 2018 with councils and charities. Six years "
        "later, the plan has …"
    )
    report = civil_servant_check(text)
    assert not [d for d in report.diagnostics if d.rule.startswith("politics.")], report


@pytest.mark.parametrize("party", ["Labour", "The Conservatives", "Reform UK", "The Greens"])
def test_a_cut_off_sentence_keeps_its_whole_clauses(party: str) -> None:
    messages = sided_messages(f"{party} have wrecked the economy, and now they want …")
    assert any(m.startswith("Attacks") for m in messages), messages


@pytest.mark.parametrize("name", ["Starmer", "Badenoch", "Farage", "Trump", "Harris"])
def test_an_insult_said_to_a_politician_attacks_them_by_name(name: str) -> None:
    report = civil_servant_check(
        f"Fuck You {name}, I will keep flying my flag whatever the law says!"
    )
    messages = [d.message for d in report.diagnostics if d.rule.startswith("politics.")]
    assert any(m.startswith(f"Attacks {name}") for m in messages), messages
    assert not any(f"You {name}" in m.split(":")[0] for m in messages), messages


@pytest.mark.parametrize("attacked", ["Labour", "the Greens", "Reform UK", "Farage", "Harris"])
@pytest.mark.parametrize(
    "shape",
    [
        "Last week he was trashing {b} on this very issue, now he's copying them.",
        "They keep attacking {b} because they're scared of losing the seat.",
        "Funny how she spent the whole campaign bashing {b} and now wants a coalition.",
    ],
)
def test_an_attack_by_someone_a_pronoun_stands_for_is_no_attack_on_the_one_attacked(
    shape: str, attacked: str
) -> None:
    """ "She was bashing Bernie": her attack; the author's side is on her, if anyone."""
    text = shape.format(b=attacked)
    name = attacked.removeprefix("the ")
    messages = sided_messages(text)
    assert not any(m.split(":")[0].endswith(name) for m in messages), messages


NO_COMMENT = [
    "A spokesperson for {} declined to comment.",
    "{} has been approached for comment.",
    "{} did not respond to a request for comment.",
]


@pytest.mark.parametrize("frame", NO_COMMENT)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_a_reporters_no_comment_line_takes_no_side(lint: Lint, frame: str, who: str) -> None:
    assert not sides_on(lint, frame, who), frame.format(who)


@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_scorn_after_no_comment_is_still_scorn(lint: Lint, who: str) -> None:
    frame = "{} declined to comment on the scandal, what a bunch of cowards."
    assert sides_on(lint, frame, who) == {"Attacks"}, frame.format(who)


ACCLAIM_REPORTED = [
    "He hailed the volunteers for keeping the food bank open all winter.",
    "She condemned the decision to close the maternity unit.",
    "They welcomed the new funding for the flood defences.",
    "{} praised the nurses for their work through the winter.",
    "{} slammed the plan to close the library, the paper reports.",
]


@pytest.mark.parametrize("frame", ACCLAIM_REPORTED)
@pytest.mark.parametrize("who", PARTIES_AND_POLITICIANS)
def test_praise_or_blame_reported_in_the_active_voice_takes_no_side(
    lint: Lint, frame: str, who: str
) -> None:
    """ "He hailed the volunteers…": someone's praise, reported; not the author's side."""
    text = sentence_case(frame.format(who))
    assert not [d for d in lint(text).diagnostics if d.rule.startswith("politics.")], text
