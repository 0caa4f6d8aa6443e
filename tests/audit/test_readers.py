"""Each export format, read from a small archive written in that exact format: ids, dates,
kinds (post, reply, repost, quote), accounts, links and the text a reader saw."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from postlint._audit.sources import sniff
from tests.audit.archives import (
    DID,
    FIXTURES,
    bluesky_car,
    bluesky_json,
    mastodon_tar,
    x_archive_zip,
)
from tests.audit.conftest import read_all


def test_x_tweets_js_gives_ids_dates_kinds_and_expanded_links() -> None:
    posts, skipped = read_all(FIXTURES / "tweets.js")
    by_id = {post.id: post for post in posts}
    assert sorted(by_id) == [f"179000000000000000{n}" for n in (1, 2, 3, 4, 6)]
    endorsement = by_id["1790000000000000002"]
    # HTML entities undone, the t.co link replaced by where it leads.
    assert endorsement.text == (
        "Vote Labour on Thursday! Read the plan & share: https://www.example.org/manifesto"
    )
    assert endorsement.urls == ("https://www.example.org/manifesto",)
    assert endorsement.date == dt.date(2024, 6, 10)
    assert endorsement.posted_at == "2024-06-10T18:30:00+00:00"
    assert endorsement.platform == "x"
    # account.js beside tweets.js names the account, and so each post's address.
    assert endorsement.account == "ExampleDept"
    assert endorsement.url == "https://x.com/ExampleDept/status/1790000000000000002"
    assert by_id["1790000000000000004"].shared_text == "Vote Conservative on 4 July!"
    kinds = {post.id[-1]: post.kind for post in posts}
    assert kinds == {"1": "post", "2": "post", "3": "reply", "4": "repost", "6": "quote"}
    assert [(s.location.rsplit("/", 1)[-1], "not a date" in s.reason) for s in skipped] == [
        ("tweets.js#5", True)
    ]


def test_the_whole_x_archive_zip_reads_like_its_tweets_js(tmp_path: Path) -> None:
    archive = x_archive_zip(tmp_path / "twitter-2024-07-01-abc.zip")
    posts, skipped = read_all(archive)
    loose, _ = read_all(FIXTURES / "tweets.js")
    assert [(p.id, p.text, p.kind, p.date, p.url) for p in posts] == [
        (p.id, p.text, p.kind, p.date, p.url) for p in loose
    ]
    assert posts[0].location == f"{archive}!data/tweets.js#1"
    assert len(skipped) == 1


def test_x_archive_parts_are_read_in_order(tmp_path: Path) -> None:
    folder = tmp_path / "archive" / "data"
    folder.mkdir(parents=True)
    (folder / "account.js").write_bytes((FIXTURES / "account.js").read_bytes())
    part = (
        'window.YTD.tweets.part{n} = [{{"tweet": {{"id_str": "{id}", '
        '"created_at": "Mon Jun 10 18:30:00 +0000 2024", "full_text": "Part {n}."}}}}]'
    )
    (folder / "tweets-part1.js").write_text(part.format(n=1, id="21"), "utf-8")
    (folder / "tweets.js").write_text(part.format(n=0, id="20"), "utf-8")
    posts, _ = read_all(tmp_path / "archive")
    assert [post.text for post in posts] == ["Part 0.", "Part 1."]


def test_mastodon_outbox_html_becomes_text_and_kinds_come_from_the_activity() -> None:
    posts, skipped = read_all(FIXTURES / "outbox.json")
    assert skipped == []
    first, reply, boost, quote = posts
    assert first.text == (
        "Road safety week starts Monday. Check your tyres & lights.\n\n"
        "Details: https://www.example.gov.uk/road-safety-week"
    )
    assert first.urls == ("https://www.example.gov.uk/road-safety-week",)
    assert first.account == "@roads@social.example"
    assert first.url == "https://social.example/@roads/111"
    assert first.date == dt.date(2024, 5, 2)
    assert (first.kind, reply.kind, boost.kind, quote.kind) == ("post", "reply", "repost", "quote")
    assert reply.text == "@ann Vote Labour on Thursday! #GE2024"
    assert reply.urls == ()  # a mention and a hashtag are not links
    assert boost.text == ""  # the export carries the boosted post's address, not its words
    assert quote.text == "Bus lanes on the A64 open next month.\nPlan ahead."


def test_a_mastodon_export_tar_gz_reads_its_outbox(tmp_path: Path) -> None:
    posts, _ = read_all(mastodon_tar(tmp_path / "archive-20240701-abc.tar.gz"))
    assert [post.id.rsplit("/", 1)[-1] for post in posts] == ["111", "112", "activity", "114"]


def test_a_mastodon_content_warning_is_part_of_the_text(tmp_path: Path) -> None:
    outbox = json.loads((FIXTURES / "outbox.json").read_text("utf-8"))
    outbox["orderedItems"][0]["object"]["summary"] = "Politics"
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps(outbox), "utf-8")
    posts, _ = read_all(path)
    assert posts[0].text.startswith("Politics\n\nRoad safety week")


def test_bluesky_car_records_become_posts_replies_quotes_and_reposts(tmp_path: Path) -> None:
    posts, skipped = read_all(bluesky_car(tmp_path / "repo.car"))
    assert skipped == []
    assert [post.kind for post in posts] == ["post", "post", "reply", "quote", "repost"]
    second = posts[1]
    assert second.id == f"at://{DID}/app.bsky.feed.post/3kq2bbbbbbb22"
    assert second.url == f"https://bsky.app/profile/{DID}/post/3kq2bbbbbbb22"
    assert second.urls == ("https://example.org/plan",)
    assert second.date == dt.date(2024, 6, 25)
    assert second.account == DID
    assert posts[4].text == ""  # the follow record is not a post at all


def test_bluesky_json_gives_the_same_posts_as_the_car_file(tmp_path: Path) -> None:
    from_car, _ = read_all(bluesky_car(tmp_path / "repo.car"))
    from_json, _ = read_all(bluesky_json(tmp_path / "records.json"))
    fields = [(p.id, p.text, p.kind, p.date, p.url, p.urls) for p in from_car]
    assert [(p.id, p.text, p.kind, p.date, p.url, p.urls) for p in from_json] == fields


def test_a_car_file_missing_a_record_block_skips_that_record(tmp_path: Path) -> None:
    posts, skipped = read_all(bluesky_car(tmp_path / "repo.car", drop_record=1))
    assert len(posts) == 4
    assert [s.location.rsplit("#", 1)[-1] for s in skipped] == ["app.bsky.feed.post/3kq2bbbbbbb22"]
    assert "missing" in skipped[0].reason


def test_linkedin_shares_csv_keeps_multiline_posts_and_quotes() -> None:
    posts, skipped = read_all(FIXTURES / "Shares.csv")
    assert skipped == []
    first, second, repost = posts
    assert first.text == (
        "Proud of our team's work on the new rail timetable.\n"
        "More trains between York and Leeds from Sunday."
    )
    assert first.id == "urn:li:share:7200000000000000001"
    assert first.location.endswith("Shares.csv:2")
    assert second.location.endswith("Shares.csv:4")  # the first post spans two lines
    assert second.text == 'Vote Labour on Thursday! "Change" is on the ballot.'
    assert second.date == dt.date(2024, 6, 18)
    assert (first.kind, second.kind, repost.kind) == ("post", "post", "repost")
    assert first.platform == "linkedin"


def _write_table(tmp_path: Path, suffix: str) -> Path:
    rows = [
        {
            "msg": "Vote Labour on Thursday!",
            "when": "2024-06-20T10:00:00Z",
            "pid": "a1",
            "who": "press",
        },
        {
            "msg": "The timetable changes on Sunday.",
            "when": "2024-03-01",
            "pid": "a2",
            "who": "roads",
        },
    ]
    path = tmp_path / f"posts.{suffix}"
    if suffix == "csv":
        lines = ["msg,when,pid,who", *(",".join(f'"{v}"' for v in row.values()) for row in rows)]
        path.write_text("\n".join(lines) + "\n", "utf-8")
    elif suffix == "jsonl":
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    else:
        import pyarrow
        import pyarrow.parquet as parquet

        parquet.write_table(pyarrow.Table.from_pylist(rows), path)
    return path


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_generic_tables_read_the_named_columns(tmp_path: Path, suffix: str) -> None:
    posts, skipped = read_all(
        _write_table(tmp_path, suffix),
        text_column="msg",
        date_column="when",
        id_column="pid",
        account_column="who",
    )
    assert skipped == []
    assert [(p.id, p.text, p.date, p.account) for p in posts] == [
        ("a1", "Vote Labour on Thursday!", dt.date(2024, 6, 20), "press"),
        ("a2", "The timetable changes on Sunday.", dt.date(2024, 3, 1), "roads"),
    ]


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_a_missing_column_is_named(tmp_path: Path, suffix: str) -> None:
    posts, skipped = read_all(_write_table(tmp_path, suffix), text_column="body")
    if suffix == "jsonl":  # each line is its own record: each lacks the field
        assert [s.reason for s in skipped] == ["no field 'body'"] * 2
    else:
        assert len(skipped) == 1 and "no column 'body'" in skipped[0].reason
    assert posts == []


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"window.YTD.tweets.part0 = [", "tweets.js", "x"),
        (
            b'{"@context": "https://www.w3.org/ns/activitystreams", "orderedItems": [',
            "o.json",
            "mastodon",
        ),
        (b'{"records": [{"uri": "at://did:plc:x/app.bsky.feed.post/1"', "r.json", "bluesky-json"),
        (
            b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n",
            "Shares.csv",
            "linkedin",
        ),
        (b"PAR1\x15\x04", "x.bin", "parquet"),
        (b'{"text": "hello"}\n', "posts.txt", "jsonl"),
        (b"id,text\n1,hello\n", "posts.csv", "csv"),
        (b"just some words", "notes.txt", None),
    ],
)
def test_formats_are_detected_by_their_shape(head: bytes, name: str, expected: str | None) -> None:
    assert sniff(head, name) == expected
