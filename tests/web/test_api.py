"""The JSON API through httpx, in process (Starlette's TestClient is an httpx client): the
same findings and offsets as the core, fixes that resolve their findings, one-line 4xx for
every bad request, the CSRF, Host, token and size rules, the context form and config files."""

from __future__ import annotations

import json
import logging
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

import postlint
from postlint.web import app as web_app
from postlint.web.app import WebSettings, create_app
from postlint.web.guard import LOOPBACK_HOSTS, Guard
from postlint.web.schema import api_schema

ROOT = Path(__file__).resolve().parents[2]
HEADERS = {"X-Postlint-Client": "tests", "Content-Type": "application/json"}
PARTISAN = "Proud of the team 🚆🎉. Vote Labour on Thursday! New timetables from Monday #railfuture"


def client_for(
    *, token: str | None = None, hosts: frozenset[str] | None = LOOPBACK_HOSTS, max_kb: int = 64
) -> httpx.Client:
    guard = Guard(token=token, allowed_hosts=hosts, max_body_bytes=max_kb * 1024)
    app = create_app(WebSettings(config=postlint.Config(), guard=guard))
    # Starlette's TestClient is an httpx.Client whose transport calls the app in process.
    return TestClient(app, base_url="http://127.0.0.1:8484")


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with client_for() as opened:
        yield opened


def check(client: httpx.Client, text: str, **fields: Any) -> dict[str, Any]:
    response = client.post("/api/check", json={"text": text, **fields}, headers=HEADERS)
    assert response.status_code == 200, response.text
    return dict(response.json())


def apply(text: str, fix: dict[str, Any], reason: str = "") -> str:
    """Apply a fix the way the page does: UTF-16 offsets into a UTF-16 string."""
    units = text.encode("utf-16-le")
    replacement = fix["replacement"].replace("{reason}", reason)
    start, end = fix["start_utf16"] * 2, fix["end_utf16"] * 2
    return (units[:start] + replacement.encode("utf-16-le") + units[end:]).decode("utf-16-le")


def test_findings_are_the_cores_with_utf16_offsets_that_land_on_the_evidence(
    client: httpx.Client,
) -> None:
    result = check(client, PARTISAN, config={"platform": "x"})
    core = postlint.check(PARTISAN, config=postlint.Config(platform="x"))
    assert [(f["rule"], f["start"], f["end"]) for f in result["findings"]] == [
        (d.rule, d.start, d.end) for d in core.diagnostics
    ]
    units = PARTISAN.encode("utf-16-le")
    for finding in result["findings"]:
        seen = units[finding["start_utf16"] * 2 : finding["end_utf16"] * 2].decode("utf-16-le")
        assert seen == finding["evidence"]
    endorsement = next(f for f in result["findings"] if f["rule"].startswith("politics."))
    assert endorsement["start_utf16"] == endorsement["start"] + 2  # two emoji before it
    assert (
        endorsement["why"] and endorsement["guidance"] and endorsement["link"].startswith("https")
    )


def test_readiness_follows_fail_on(client: httpx.Client) -> None:
    blocked = check(client, "Vote Labour on Thursday!")
    assert not blocked["ready"] and blocked["summary"].startswith("Not ready: 1 finding")
    lenient = check(client, "Vote Labour on Thursday!", fail_on="never")
    assert lenient["ready"] and lenient["summary"].startswith("Ready to post (1 note")
    clean = check(client, "Replacement buses run between York and Leeds this weekend.")
    assert clean["ready"] and clean["summary"] == "Ready to post" and clean["findings"] == []


def test_a_rewrite_fix_clears_its_finding(client: httpx.Client) -> None:
    text = "New timetables from Monday 🚌 #railfuture"
    [finding] = [
        f for f in check(client, text)["findings"] if f["rule"] == "platform.run-together-hashtag"
    ]
    [rewrite] = [fix for fix in finding["fixes"] if fix["kind"] == "rewrite"]
    fixed = apply(text, rewrite)
    assert fixed.endswith("#RailFuture")
    assert not any(f["rule"] == finding["rule"] for f in check(client, fixed)["findings"])


def test_the_disclosure_fix_is_built_from_the_author_and_clears_the_finding(
    client: httpx.Client,
) -> None:
    config = {"author": {"role": "policy adviser", "organisation": "Department for Transport"}}
    text = "Really proud of my team for getting our new cycling guidance out the door this week."
    [finding] = check(client, text, config=config)["findings"]
    assert finding["rule"] == "disclosure.missing"
    [disclosure] = [fix for fix in finding["fixes"] if fix["kind"] == "disclosure"]
    assert "Department for Transport as a policy adviser" in disclosure["replacement"]
    assert check(client, apply(text, disclosure), config=config)["findings"] == []


def test_a_suppression_needs_a_reason_and_moves_the_finding_to_suppressed(
    client: httpx.Client,
) -> None:
    text = "Line one.\nVote Labour on Thursday!"
    [finding] = check(client, text)["findings"]
    [suppress] = [fix for fix in finding["fixes"] if fix["kind"] == "suppress"]
    assert "{reason}" in suppress["replacement"] and suppress["start"] == len("Line one.\n")
    result = check(client, apply(text, suppress, "quoting a voter"))
    assert result["findings"] == [] and result["ready"]
    assert result["suppressed"] == [
        {
            "rule": finding["rule"],
            "message": finding["message"],
            "line": 3,
            "reason": "quoting a voter",
        }
    ]


def test_the_length_is_the_platforms(client: httpx.Client) -> None:
    result = check(
        client, "Trains 🚆 https://example.org/a/long/path/to/the/page", config={"platform": "x"}
    )
    assert result["length"] == {"platform": "x", "length": 33, "limit": 280, "over": False}
    assert check(client, "Trains")["length"] is None
    over = check(client, "a" * 301, config={"platform": "bluesky"})["length"]
    assert over == {"platform": "bluesky", "length": 301, "limit": 300, "over": True}


def test_the_context_and_config_reach_the_check(client: httpx.Client) -> None:
    text = "Vote Labour on Thursday!"
    uk = check(client, text)["findings"][0]["guidance"]
    us = check(client, text, config={"profile": "us-federal"})["findings"][0]["guidance"]
    assert "Civil Service" in uk and "Hatch Act" in us
    by_context = check(client, "Trains", context={"platform": "mastodon"})
    assert by_context["length"]["limit"] == 500


@pytest.mark.parametrize(
    ("config", "key"),
    [
        ({"nlp": {"model": "en_core_web_sm"}}, "nlp"),
        ({"rules": {"packs": ["/etc"]}}, "rules.packs"),
        ({"limits": {"max_bytes": 10}}, "limits"),
        ({"account": {"remit_examples_file": "/etc/passwd"}}, "account.remit_examples_file"),
    ],
)
def test_server_side_settings_are_refused_naming_the_key(
    client: httpx.Client, config: dict[str, Any], key: str
) -> None:
    response = client.post("/api/check", json={"text": "Hi", "config": config}, headers=HEADERS)
    assert response.status_code == 422
    assert response.json() == {"error": f"config: {key}: set by the server, not by a request"}


def one_line_error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    message = response.json()["error"]
    assert isinstance(message, str) and "\n" not in message and "Traceback" not in message
    return message


def test_bad_requests_get_one_line_4xx(client: httpx.Client) -> None:
    post = client.post
    assert "not valid JSON" in one_line_error(
        post("/api/check", content=b"{text:", headers=HEADERS), 400
    )
    assert "not valid JSON" in one_line_error(
        post("/api/check", content=b"\xff\xfe", headers=HEADERS), 400
    )
    assert one_line_error(post("/api/check", json={}, headers=HEADERS), 422) == (
        "text: Field required"
    )
    assert "text" in one_line_error(post("/api/check", json={"text": 3}, headers=HEADERS), 422)
    assert (
        one_line_error(post("/api/check", json={"text": "a", "colour": 1}, headers=HEADERS), 422)
        == "colour: unknown key"
    )
    assert "markup" in one_line_error(
        post("/api/check", json={"text": "a", "markup": "rtf"}, headers=HEADERS), 422
    )
    assert "profile" in one_line_error(
        post("/api/check", json={"text": "a", "config": {"profile": "nope"}}, headers=HEADERS), 422
    )
    assert "date" in one_line_error(
        post("/api/check", json={"text": "a", "context": {"date": "soon"}}, headers=HEADERS), 422
    )
    assert "Not Found" in one_line_error(client.get("/api/nothing"), 404)
    assert one_line_error(client.get("/api/check"), 405)


def test_a_draft_over_the_cores_limit_is_a_422(client: httpx.Client) -> None:
    with client_for(max_kb=2048) as roomy:
        response = roomy.post("/api/check", json={"text": "a" * 1_000_001}, headers=HEADERS)
    assert "limits.max_bytes" in one_line_error(response, 422)


def test_posts_need_the_client_header_json_and_a_same_origin(client: httpx.Client) -> None:
    body = json.dumps({"text": "Hi"}).encode()
    no_header = client.post(
        "/api/check", content=body, headers={"Content-Type": "application/json"}
    )
    assert "X-Postlint-Client" in one_line_error(no_header, 403)
    form = client.post("/api/check", content=b"text=Hi", headers={"X-Postlint-Client": "t"})
    assert "Content-Type: application/json" in one_line_error(form, 415)
    foreign = client.post(
        "/api/check", content=body, headers={**HEADERS, "Origin": "https://evil.example"}
    )
    assert one_line_error(foreign, 403) == "cross-origin request refused"
    same = client.post(
        "/api/check", content=body, headers={**HEADERS, "Origin": "http://127.0.0.1:8484"}
    )
    assert same.status_code == 200


def test_bodies_over_the_limit_are_refused() -> None:
    big = json.dumps({"text": "a" * 70_000}).encode()
    with client_for(max_kb=64) as small:
        announced = small.post("/api/check", content=big, headers=HEADERS)
        assert "over 65,536 bytes" in one_line_error(announced, 413)
        streamed = small.post(
            "/api/check", content=iter([big[:40_000], big[40_000:]]), headers=HEADERS
        )
        assert "over 65,536 bytes" in one_line_error(streamed, 413)
        fits = small.post("/api/check", json={"text": "a" * 60_000}, headers=HEADERS)
        assert fits.status_code == 200


def test_an_unknown_host_is_refused_on_loopback(client: httpx.Client) -> None:
    # A page on another site reaching 127.0.0.1 through its own DNS name (rebinding).
    response = client.get("/", headers={"Host": "attacker.example:8484"})
    assert "unknown Host" in one_line_error(response, 400)
    assert client.get("/", headers={"Host": "localhost:8484"}).status_code == 200
    assert client.get("/", headers={"Host": "[::1]:8484"}).status_code == 200


def test_a_token_guards_the_api_but_not_the_page() -> None:
    with client_for(token="s3cret", hosts=None) as guarded:
        assert guarded.get("/").status_code == 200
        assert guarded.get("/static/app.js").status_code == 200
        assert "token" in one_line_error(
            guarded.post("/api/check", json={"text": "a"}, headers=HEADERS), 401
        )
        wrong = {**HEADERS, "Authorization": "Bearer nope"}
        assert "token" in one_line_error(
            guarded.post("/api/check", json={"text": "a"}, headers=wrong), 401
        )
        assert "token" in one_line_error(guarded.get("/api/form"), 401)
        right = {**HEADERS, "Authorization": "Bearer s3cret"}
        assert guarded.post("/api/check", json={"text": "a"}, headers=right).status_code == 200
        assert guarded.get("/", headers={"Host": "team-box:8484"}).status_code == 200


def test_responses_carry_a_content_security_policy(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    api = client.post("/api/check", json={"text": "a"}, headers=HEADERS)
    assert api.headers["cache-control"] == "no-store"


def test_an_internal_error_is_one_line_and_neither_answers_nor_logs_the_draft(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(request: Any, base: Any) -> Any:
        raise RuntimeError(f"cannot handle {request.text}")

    monkeypatch.setattr(web_app, "check_request", broken)
    secret = "Confidential draft about the merger 7f3a"
    with caplog.at_level(logging.DEBUG):
        response = client.post("/api/check", json={"text": secret}, headers=HEADERS)
    assert one_line_error(response, 500) == (
        "internal error (RuntimeError); the draft was not stored"
    )
    assert secret not in response.text and secret not in caplog.text
    assert "RuntimeError" in caplog.text


def test_the_form_is_described_from_configs_schema(client: httpx.Client) -> None:
    response = client.get("/api/form")
    assert response.status_code == 200
    form = response.json()
    fields = {f["path"]: f for s in form["sections"] for f in s["fields"]}
    assert {"profile", "platform", "date", "author.role", "author.organisation"} <= set(fields)
    assert {"account.kind", "account.remit", "account.remit_examples", "election_periods"} <= set(
        fields
    )
    assert [o["value"] for o in fields["profile"]["options"]] == sorted(postlint.catalog().profiles)
    assert fields["account.remit_examples"]["widget"] == "posts"
    assert [i["path"] for i in fields["election_periods"]["items"]] == [
        "name",
        "start",
        "end",
        "election_day",
        "controversial",
    ]
    # The author's situation and what a draft shares are on the form too.
    assert {"author.restriction", "author.on_duty", "sharing.kind", "sharing.text"} <= set(fields)
    assert [o["value"] for o in fields["sharing.kind"]["options"]] == [
        "post",
        "repost",
        "quote",
        "like",
        "reply",
    ]
    assert {"author.permission", "sharing.source"} <= set(fields)
    assert not any(p.startswith(("nlp", "limits", "rules")) for p in fields)
    assert "account.remit_examples_file" not in fields


def test_a_field_added_to_config_appears_in_the_form_without_changing_the_page() -> None:
    from postlint.web.form import describe_form

    schema = postlint.Config.model_json_schema()
    author = schema["$defs"]["AuthorConfig"]["properties"]
    author["restriction_level"] = {
        "enum": ["politically-free", "politically-restricted"],
        "type": "string",
        "description": "How far the author's grade restricts political activity.",
    }
    schema["properties"]["on_duty"] = {"type": "boolean", "default": False}
    schema["properties"]["post"] = {"$ref": "#/$defs/PostKind"}
    schema["$defs"]["PostKind"] = {
        "type": "object",
        "properties": {"kind": {"enum": ["announcement", "reply"], "type": "string"}},
    }
    form = describe_form(postlint.catalog(), {}, schema)
    fields = {f.path: f for s in form.sections for f in s.fields}
    level = fields["author.restriction_level"]
    assert level.widget == "choice" and level.label == "Restriction level"
    assert [o.value for o in level.options] == ["politically-free", "politically-restricted"]
    assert "restricts political activity" in level.help
    assert fields["on_duty"].widget == "checkbox"
    assert fields["post.kind"].widget == "choice"
    assert form.sections[0].id == "post"
    assert [f.path for f in form.sections[0].fields][-2:] == ["on_duty", "post.kind"]


TOML = """\
profile = "corporate"
platform = "linkedin"

[author]
name = "Sam Example"
organisation = "Acme"

[account]
remit = ["widgets", "gadgets"]

[[election_periods]]
name = "General election"
start = 2026-05-01
end = 2026-06-04
"""


def test_a_config_file_loads_and_downloads_to_the_same_settings(client: httpx.Client) -> None:
    parsed = client.post("/api/config/parse", json={"toml": TOML}, headers=HEADERS)
    assert parsed.status_code == 200, parsed.text
    settings = parsed.json()["config"]
    assert settings["author"] == {"name": "Sam Example", "organisation": "Acme"}
    assert settings["election_periods"][0]["start"] == "2026-05-01"
    written = client.post("/api/config/toml", json={"config": settings}, headers=HEADERS)
    toml_text = written.json()["toml"]
    again = client.post("/api/config/parse", json={"toml": toml_text}, headers=HEADERS).json()
    assert again["config"] == settings
    # What the page writes reads back, by the core's own loader, as the same config.
    assert postlint.Config.from_mapping(settings) == postlint.Config.model_validate(
        tomllib.loads(toml_text)
    )


def test_a_pyproject_and_server_side_keys_load_with_warnings(client: httpx.Client) -> None:
    text = '[tool.postlint]\nprofile = "journalist"\n[tool.postlint.nlp]\nmodel = "x"\n'
    parsed = client.post("/api/config/parse", json={"toml": text}, headers=HEADERS).json()
    assert parsed["config"] == {"profile": "journalist"}
    assert parsed["warnings"] == ["nlp: left out (the page uses the server's setting)"]


def test_bad_config_files_get_one_line_errors(client: httpx.Client) -> None:
    bad_toml = client.post("/api/config/parse", json={"toml": "profile = "}, headers=HEADERS)
    assert one_line_error(bad_toml, 422).startswith(".postlint.toml: invalid TOML")
    bad_key = client.post("/api/config/parse", json={"toml": "colour = 1"}, headers=HEADERS)
    assert one_line_error(bad_key, 422) == ".postlint.toml: colour: unknown key"
    unwritable = client.post(
        "/api/config/toml", json={"config": {"author": {"name": 3}}}, headers=HEADERS
    )
    assert "author.name" in one_line_error(unwritable, 422)


def test_the_schema_is_served_and_documented_as_committed(client: httpx.Client) -> None:
    served = client.get("/api/schema").json()
    assert served == api_schema()
    committed = json.loads((ROOT / "docs" / "web-api.schema.json").read_text(encoding="utf-8"))
    assert committed == served, (
        "regenerate: python -m postlint.web.schema > docs/web-api.schema.json"
    )
    check_schema = served["endpoints"]["POST /api/check"]
    assert check_schema["request"]["required"] == ["text"]
    assert "start_utf16" in check_schema["response"]["$defs"]["FindingOut"]["properties"]


def test_a_lone_surrogate_keeps_every_offset_in_place(client: httpx.Client) -> None:
    text = "\ud800 Vote Labour on Thursday!"  # JSON can carry a lone surrogate
    body = json.dumps({"text": text}).encode("ascii")
    response = client.post("/api/check", content=body, headers=HEADERS)
    assert response.status_code == 200
    [finding] = response.json()["findings"]
    evidence = "Vote Labour on Thursday!"
    assert (finding["start"], finding["start_utf16"], finding["evidence"]) == (2, 2, evidence)


def test_a_server_whose_pipeline_is_missing_answers_503_in_one_line() -> None:
    guard = Guard(token=None, allowed_hosts=LOOPBACK_HOSTS, max_body_bytes=65536)
    config = postlint.Config(nlp={"model": "no_such_pipeline_installed"})
    app = create_app(WebSettings(config=config, guard=guard))
    with TestClient(app, base_url="http://127.0.0.1:8484") as missing:
        response = missing.post("/api/check", json={"text": "Hi"}, headers=HEADERS)
    assert "no_such_pipeline_installed" in one_line_error(response, 503)
