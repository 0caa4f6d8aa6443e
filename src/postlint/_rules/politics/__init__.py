"""The ``politics`` family: partisan endorsement and attack, campaign solicitation, policy
verdicts, an official position next to partisan content."""
