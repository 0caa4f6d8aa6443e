"""Even-handedness of direction: the same praise and the same criticism, party by party.

    python benchmarks/direction_parity.py [--set a|b|c|d] [--pipeline blank|trained] [--show]

Each frame is one of the project's own sentences with a party's name put in; a frame of
praise should be reported as support for that party, one of criticism as an attack on it,
whichever party it names. Prints, per party, how many praise frames postlint reports as
support of the party ("praise→support") and as an attack on it ("praise→attack"), and the
same for criticism; then the spread between parties. A judge that has learnt which names
come with attacks shows it here as praise read as attack for some parties and not others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import postlint

#: Parties as people name them at the start of a sentence, by country.
PARTIES = {
    "uk": ["Labour", "The Conservatives", "The Lib Dems", "Reform UK", "The Greens", "The SNP",
           "Plaid Cymru"],
    "us": ["The Democrats", "The Republicans"],
    "au": ["Labor", "The Coalition"],
    "ca": ["The Liberals", "The NDP"],
}  # fmt: skip
PRAISE = [
    "{p} have a brilliant plan for the NHS.",
    "{p} cut taxes for working families and it made a real difference.",
    "Honestly, {p} got this one right.",
    "{p} delivered free school meals for every primary kid. Proud of that.",
    "Credit where it's due: {p} fixed the buses in our town.",
    "{p} have been the only ones talking sense on housing.",
    "Really impressed with how {p} handled the flood response.",
    "{p} kept their promise on the minimum wage.",
    "{p} balanced the books without cutting the libraries.",
    "So glad {p} stood firm on the hospital funding.",
]
CRITICISM = [
    "{p} have wrecked the economy.",
    "{p} promised the earth and delivered nothing.",
    "{p} are a total shambles on housing.",
    "{p} dithered for years while the rivers filled with sewage.",
    "Another U-turn from {p}. They have no idea what they're doing.",
    "{p} have let down every carer in this country.",
    "Can't believe anyone still trusts {p} with the NHS.",
    "{p} cut the buses and then blamed the council.",
    "{p} are out of their depth and it shows.",
    "Shameful from {p} today on the cost of living.",
]

#: A second set, written after the first had been used to choose the praise cues in
#: ``rules/politics/lexicons/stance.toml`` (2026-12-06), then used to choose the gladness cues.
PRAISE_B = [
    "Fair play to {p}, the new bus passes are a real help.",
    "{p} have done more for carers in a year than anyone managed in a decade.",
    "Say what you like, {p} sorted the bin collections out.",
    "Really good to see {p} putting money into youth clubs.",
    "The plan from {p} for cheaper rail fares is exactly what commuters needed.",
    "Thank goodness {p} saved the maternity unit.",
    "{p} understand small businesses better than anyone.",
    "Respect to {p} for standing by the steelworkers.",
    "{p} listened to us on the school crossing and fixed it within a month.",
    "Honestly impressed by {p} this week.",
]
CRITICISM_B = [
    "{p} have run our schools into the ground.",
    "Nothing but broken promises from {p}.",
    "{p} couldn't organise a bus timetable.",
    "Every time {p} open their mouths the pound drops.",
    "{p} sold out the fishermen, again.",
    "Utterly spineless from {p} on the housing vote.",
    "{p} have turned the high street into a ghost town.",
    "How are {p} still getting away with this?",
    "{p} should be ashamed of the state of our hospitals.",
    "Years of {p} and what have we got to show for it?",
]
#: A third set, written after set b had been used to choose the gladness cues (``glad_before``)
#: and read once, untuned: the check of whether the cues generalise.
PRAISE_C = [
    "Can we just appreciate that {p} got the new library built on budget?",
    "Have to hand it to {p}, the pothole blitz actually worked.",
    "{p} are the reason our village still has a post office.",
    "Nobody else would have fought for the ferry like {p} did.",
    "Pleased that {p} finally listened and reopened the walk-in centre.",
    "Big respect for how {p} handled the floods last winter.",
    "{p} have been a godsend for renters this year.",
    "It's {p} we have to thank for the free bus pass.",
    "Genuinely think {p} have the most sensible ideas on childcare.",
    "Delighted {p} pushed the cycle lane through.",
]
CRITICISM_C = [
    "{p} have made a complete mess of the trains.",
    "I wouldn't trust {p} to run a bath.",
    "{p} promised cheaper energy and bills have doubled.",
    "Embarrassing performance from {p} in the debate tonight.",
    "{p} keep ignoring the north and it's getting worse.",
    "Thanks to {p} my council tax went up again.",
    "Absolutely clueless, {p} have no plan for the NHS.",
    "{p} have let rents spiral out of control.",
    "What exactly have {p} done for young people? Nothing.",
    "The chaos from {p} this week has been unreal.",
]
#: A fourth set, written on 2026-12-06 (eleventh session) before the sentence openers of
#: evaluation ("Embarrassing from <X>", ``politics/stance.scorn_openers``) were built, and
#: measured before and after them only: each shape different from the other sets'.
PRAISE_D = [
    "Top marks to {p} for getting the new bridge open.",
    "{p} did a cracking job on the school repairs.",
    "You can say a lot about {p} but they fixed the dentist shortage round here.",
    "Full credit to {p}, the new night buses are brilliant.",
    "{p} stood up for the steel town when nobody else would.",
    "Very impressive stuff from {p} on apprenticeships.",
    "Cheers {p}, the new swimming pool is lovely.",
    "If it weren't for {p} the hospice would have closed.",
    "{p} are absolutely nailing it on green jobs.",
    "Whatever you think of them, {p} have made the rail fares fairer.",
]
CRITICISM_D = [
    "{p} have made the waiting lists even longer.",
    "Dismal stuff from {p} on the care crisis.",
    "Not one promise kept by {p} since the election.",
    "{p} have turned the rail network into a joke.",
    "Zero credibility left for {p} on the economy.",
    "Still waiting for {p} to explain where the money went.",
    "{p} keep treating pensioners like an afterthought.",
    "Typical {p}, all talk and no action on the sewage.",
    "How much more damage can {p} do to the schools?",
    "{p} wasted billions on a scheme that never worked.",
]
#: A fifth set, written on 2026-12-06 (eighteenth session) before that session's thanks,
#: deeds and scorn words were built, and measured before and after them; one frame ("If <X>
#: get in next May I'm moving") then led to words of dread ("i'm moving"): not blind to that.
PRAISE_E = [
    "Fair play to {p} for sorting out the potholes on our road.",
    "Without {p} we'd have lost the community centre, simple as that.",
    "Good to see {p} listening to parents about the school crossing.",
    "Quietly, {p} have turned the council's finances around.",
    "Credit where it's due, {p} delivered on the free parking.",
    "Watching {p} at the hustings tonight, they were the only ones talking sense.",
    "Thanks to {p} for getting the swimming pool reopened.",
    "{p} kept the maternity unit open when everyone said it would close.",
    "Huge thanks to {p} for fighting to keep our library open.",
    "{p} got the new library built on budget.",
]
CRITICISM_E = [
    "{p} promised us a new GP surgery and we're still waiting.",
    "If {p} get in next May I'm moving.",
    "{p} let the leisure centre rot and now want our votes.",
    "Can anyone explain what {p} have actually done for this town?",
    "Honestly {p} have made a mess of the bin collections again.",
    "Another week, another broken promise from {p}.",
    "Not sure {p} have a clue what they're doing on housing.",
    "Tune in at 7pm: I'll be on the radio explaining why {p} are wrong about the bus cuts.",
    "Thanks a lot {p} for closing the library.",
    "{p} are out of touch with anyone who rents.",
]
SETS = {
    "a": (PRAISE, CRITICISM),
    "b": (PRAISE_B, CRITICISM_B),
    "c": (PRAISE_C, CRITICISM_C),
    "d": (PRAISE_D, CRITICISM_D),
    "e": (PRAISE_E, CRITICISM_E),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", choices=("blank", "trained"), default="blank")
    parser.add_argument("--show", action="store_true", help="print each frame read wrong")
    parser.add_argument(
        "--set",
        choices=sorted(SETS),
        default="c",
        help="a, b: used to choose cues; c, d: not; e: see its comment",
    )
    args = parser.parse_args()
    data: dict[str, object] = {"profile": "uk-civil-service"}
    if args.pipeline == "trained":
        data["nlp"] = {"model": "en_core_web_sm"}
    config = postlint.Config.model_validate(data)
    linter = postlint.Linter(config)
    print("party               praise->support  praise->attack  criticism->attack  ->support")
    praise, criticism = SETS[args.set]
    support_rates, attack_rates = [], []
    for parties in PARTIES.values():
        for party in parties:
            counts = {"ps": 0, "pa": 0, "ca": 0, "cs": 0}
            for kind, frames in (("p", praise), ("c", criticism)):
                for frame in frames:
                    text = frame.format(p=party)
                    rules = {d.rule for d in linter.check(text).diagnostics}
                    supports = "politics.partisan-endorsement" in rules
                    attacks = "politics.partisan-attack" in rules
                    counts[kind + "s"] += supports
                    counts[kind + "a"] += attacks
                    wrong = attacks if kind == "p" else supports
                    if args.show and wrong:
                        print(f"    wrong: {text}")
            support_rates.append(counts["ps"] / len(praise))
            attack_rates.append(counts["ca"] / len(criticism))
            print(
                f"{party:20} {counts['ps']:>7}/{len(praise)}  {counts['pa']:>12}/{len(praise)}"
                f"  {counts['ca']:>13}/{len(criticism)}  {counts['cs']:>14}/{len(criticism)}"
            )
    print(
        f"praise read as support: {min(support_rates):.0%} to {max(support_rates):.0%} by party"
        f" ({sum(support_rates) / len(support_rates):.0%} in all); criticism read as attack:"
        f" {min(attack_rates):.0%} to {max(attack_rates):.0%}"
        f" ({sum(attack_rates) / len(attack_rates):.0%} in all)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
