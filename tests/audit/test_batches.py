"""The batch function every engine shares, as Ray Data's ``map_batches`` and Dask's
``map_partitions`` call it (docs/audit.md): pandas in, finding rows out, per-post dates."""

from __future__ import annotations

import pandas

import postlint
from postlint.spark import lint_pandas_batches
from tests.audit.conftest import ELECTION_CONFIG

ANNOUNCEMENT = (
    "Today we are announcing £40 million for new cycle lanes across the region, "
    "with work starting in the autumn."
)


def _lint_batch(frame: pandas.DataFrame, config_json: str) -> pandas.DataFrame:
    columns = {"text": "text", "id": "post_id", "date": "created_at", "kind": "kind"}
    batches = lint_pandas_batches(iter([frame]), config_json=config_json, columns=columns)
    return next(batches)


def test_a_pandas_batch_gives_one_row_per_finding_in_post_order() -> None:
    import tomllib

    config = postlint.Config.model_validate(tomllib.loads(ELECTION_CONFIG))
    frame = pandas.DataFrame(
        {
            "post_id": ["a", "b", "c", "d"],
            "text": [ANNOUNCEMENT, ANNOUNCEMENT, "Vote Labour on Thursday!", "Fine."],
            "created_at": [
                pandas.Timestamp("2024-06-20 09:00", tz="UTC"),
                pandas.Timestamp("2024-03-01 09:00", tz="UTC"),
                None,
                "not a date",
            ],
            "kind": ["post", "post", "reply", "post"],
        }
    )
    found = _lint_batch(frame, config.model_dump_json())
    assert list(found["finding"]) == list(range(len(found)))
    assert found["post_id"].tolist() == sorted(found["post_id"].tolist())
    rules = found.groupby("post_id")["rule"].apply(list).to_dict()
    assert all(rule.startswith("timing.") for rule in rules["a"])
    assert "b" not in rules  # the same words outside the election period
    assert rules["c"] == ["politics.partisan-endorsement"]
    bad = found[found["post_id"] == "d"].iloc[0]
    assert bad["error"] == "'created_at' value 'not a date' is not a date"
    assert bad["rule"] is None
    assert found[found["post_id"] == "c"].iloc[0]["kind"] == "reply"


def test_an_empty_batch_gives_an_empty_frame_with_the_columns() -> None:
    empty = pandas.DataFrame({"post_id": [], "text": [], "created_at": [], "kind": []})
    found = _lint_batch(empty, postlint.Config().model_dump_json())
    assert found.empty and "rule" in found.columns and "finding" in found.columns
