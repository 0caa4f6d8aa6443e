"""Even-handedness of direction: the same praise and the same criticism, party by party.

    python benchmarks/direction_parity.py [--pipeline blank|trained] [--show]

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", choices=("blank", "trained"), default="blank")
    parser.add_argument("--show", action="store_true", help="print each frame read wrong")
    args = parser.parse_args()
    data: dict[str, object] = {"profile": "uk-civil-service"}
    if args.pipeline == "trained":
        data["nlp"] = {"model": "en_core_web_sm"}
    config = postlint.Config.model_validate(data)
    linter = postlint.Linter(config)
    print("party               praise->support  praise->attack  criticism->attack  ->support")
    support_rates, attack_rates = [], []
    for parties in PARTIES.values():
        for party in parties:
            counts = {"ps": 0, "pa": 0, "ca": 0, "cs": 0}
            for kind, frames in (("p", PRAISE), ("c", CRITICISM)):
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
            support_rates.append(counts["ps"] / len(PRAISE))
            attack_rates.append(counts["ca"] / len(CRITICISM))
            print(
                f"{party:20} {counts['ps']:>7}/{len(PRAISE)}  {counts['pa']:>12}/{len(PRAISE)}"
                f"  {counts['ca']:>13}/{len(CRITICISM)}  {counts['cs']:>14}/{len(CRITICISM)}"
            )
    print(
        f"praise read as support: {min(support_rates):.0%} to {max(support_rates):.0%} by party; "
        f"criticism read as attack: {min(attack_rates):.0%} to {max(attack_rates):.0%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
