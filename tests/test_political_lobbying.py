"""Asking readers to contact their representative about a policy is a call to political
action, whichever way it leans; pointing them to their representative for help with their own
case is casework and takes no side. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import Lint, politics_heads

CALLS = [
    "Email your MP today about the winter fuel cut. Takes two minutes.",
    "Email your MP today about the winter fuel rise. Takes two minutes.",
    "Write to your MP about the two-child benefit cap, template below.",
    "Please contact your councillor and tell them to vote against the incinerator.",
    "Please contact your councillor and tell them to vote for the incinerator.",
    "Ring your senator and tell them to block the bill.",
    "Ring your senator and tell them to back the bill.",
    "Message your MSP and urge them to scrap the new levy.",
    "Message your MSP and urge them to keep the new levy.",
]
CASEWORK = [
    "Email your MP if your passport application is stuck, they can chase it.",
    "You can ask your MP to help with a visa delay.",
    "Contact your councillor about a missed bin collection, their details are on the website.",
    "Write to your MP to ask for a school visit, most of them love it.",
    "Ask your MP about the bypass plans at their surgery on Friday.",
]


@pytest.mark.parametrize("text", CALLS)
def test_lobbying_a_representative_about_a_policy_is_a_call(lint: Lint, text: str) -> None:
    heads = politics_heads(lint, text)
    assert heads and all(h.startswith("Calls for political action") for h in heads), heads


@pytest.mark.parametrize("text", CASEWORK)
def test_casework_with_a_representative_is_quiet(lint: Lint, text: str) -> None:
    assert not politics_heads(lint, text)


#: Asking readers to sign, share, join or march for or against a public service, plan or
#: policy: a call named by its cause, whichever way it leans.
CAUSE_CALLS = [
    "Sign and share: stop the closure of Oakfield Library.",
    "Please sign the petition to save our library!",
    "Join us on Saturday to say no to the new incinerator. Bring banners!",
    "March with us on Saturday to keep the cycle lanes scheme, the council wants to rip it out.",
    "Join the fight against the closure of Northgate maternity unit.",
    "March with us on Sunday to save the 42 bus route.",
]
#: The same verbs for no public cause: a celebration, a date, a company's service, a health
#: message.
NO_CAUSE = [
    "Join us to celebrate the opening of the new library!",
    "Come and save the date: summer fair, 14 June.",
    "Sign the petition to save the Kestrel Rail 18:05 service.",
    "Share this to help us save our dog shelter.",
    "Share this to protect the NHS: stay home if you have symptoms.",
    "Come along and see the plans for the new school at the drop-in.",
]


@pytest.mark.parametrize("text", CAUSE_CALLS)
def test_a_call_to_act_for_a_public_cause_is_a_call(lint: Lint, text: str) -> None:
    heads = politics_heads(lint, text)
    assert any(head.startswith("Calls for political action (") for head in heads), heads


@pytest.mark.parametrize("text", NO_CAUSE)
def test_the_same_verbs_for_no_public_cause_are_quiet(lint: Lint, text: str) -> None:
    assert not politics_heads(lint, text), text
