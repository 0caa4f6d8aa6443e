"""The ``politics`` family: partisan endorsement and attack, policy verdicts, campaign
solicitation, and an official position next to any of them.

One judgement per draft (``judgement``) reads the author's sentences (``units``) with the
trained political-risk models and finds who or what each is about (``actors``); the rules
(``checkers``, ``official_position``) report what is theirs.
"""
