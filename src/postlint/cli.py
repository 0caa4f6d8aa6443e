"""The command line: a thin click adapter over the public API.

    postlint check PATH...      files, folders, globs, - for stdin; --jsonl FIELD archives
    postlint audit SOURCE...    an account's history: X, Mastodon, Bluesky, LinkedIn exports
    postlint rules              every rule, its severity and the profiles that run it
    postlint explain RULE       what a rule flags, why, the guidance, its examples
    postlint init               write a commented .postlint.toml
    postlint lsp                the language server (stdio)
    postlint serve              the web page for writers (127.0.0.1:8484)

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage or
input errors (each a one-line message naming the file; the other files are still
checked and reported). Heavy modules (spaCy, rich, pygls, uvicorn) load only when a command needs
them, so ``postlint --help`` stays fast.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from postlint import Config, PostlintError, RuleCatalog

__all__ = ["entry", "main"]

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
#: What a shell reports for a command stopped by Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130
PLATFORMS = ("x", "bluesky", "mastodon", "linkedin", "threads", "blog")


def _fail(message: str) -> NoReturn:
    click.echo(f"postlint: {message}", err=True)
    sys.exit(EXIT_ERROR)


def entry() -> None:
    """The ``postlint`` command: ``main`` with the exits the docs promise.

    Ctrl-C is exit 130 with one line (click would say "Aborted!" and exit 1, which reads as
    "findings"); an output that cannot be written (a full disk, a closed pipe) is one line
    and exit 2, never a traceback.
    """
    signal.signal(signal.SIGINT, _interrupt)
    try:
        main.main(standalone_mode=False)
    except _Interrupted:
        click.echo("postlint: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(EXIT_ERROR)
    except (click.Abort, KeyboardInterrupt):
        click.echo("postlint: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except OSError as error:
        _output_failed(error)
    if sys.stdout.closed:
        return  # the language server's transport closes standard output as it exits
    try:
        sys.stdout.flush()
    except OSError as error:
        _output_failed(error)


class _Interrupted(BaseException):
    """Ctrl-C, raised past click (which would print a blank line and "Aborted!")."""


def _interrupt(signum: int, frame: object) -> None:
    raise _Interrupted


def _output_failed(error: OSError) -> NoReturn:
    # Nothing more can be written there: Python's own flush at exit would fail again.
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115, PTH123 - lives until the exit
    if error.errno == errno.EPIPE:  # the reader went away (postlint check ... | head)
        sys.exit(EXIT_ERROR)
    click.echo(f"postlint: cannot write the output: {error.strerror or error}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="postlint")
def main() -> None:
    """postlint: check a draft post for disclosure, remit, politics, timing and platform fit."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Config file for every draft (default: the nearest .postlint.toml or "
    "pyproject.toml [tool.postlint] above each draft).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "sarif", "github"]),
    default="text",
    show_default=True,
    help="text for people, json (versioned schema), sarif 2.1.0, github annotations.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding is at least this severe.",
)
@click.option(
    "--markup",
    type=click.Choice(["auto", "plain", "markdown", "html"]),
    default="auto",
    show_default=True,
    help="How drafts are written; auto goes by file suffix (.md, .html; stdin is plain).",
)
@click.option(
    "--platform",
    type=click.Choice(PLATFORMS),
    default=None,
    help="Where the posts go (length limits); a draft's front matter overrides it.",
)
@click.option(
    "--jsonl",
    "jsonl_field",
    metavar="FIELD",
    default=None,
    help="Each PATH is a JSON Lines archive, one post a line, its text at FIELD "
    "(dotted for nested objects).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes to check drafts in; 0 for one per CPU.",
)
@click.option(
    "--stdin-filename",
    default=None,
    help="Name (and config location, markup) for the draft read from -.",
)
@click.option("--show-suppressed", is_flag=True, help="List findings silenced in the drafts.")
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the text output (default: only on a terminal).",
)
@click.option(
    "--fix",
    is_flag=True,
    help="Apply the safe fixes (hashtag capitals) to the files, then report what is left.",
)
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="With --fix, also the fixes that add words in your name (a disclosure line).",
)
@click.option(
    "--date",
    metavar="YYYY-MM-DD",
    default=None,
    help="The day the posts go out (scheduled posts): pre-election periods are those of "
    "that day. A draft's front matter overrides it.",
)
def check(
    paths: tuple[str, ...],
    config_path: str | None,
    output_format: str,
    fail_on: str,
    markup: str,
    platform: str | None,
    jsonl_field: str | None,
    jobs: int,
    stdin_filename: str | None,
    show_suppressed: bool,
    color: bool | None,
    fix: bool,
    unsafe_fixes: bool,
    date: str | None,
) -> None:
    """Check drafts: files, folders, globs, or - for standard input."""
    from postlint._cli.check import CheckOptions, run_check

    options = CheckOptions(
        paths=paths,
        config_path=config_path,
        output_format=output_format,
        fail_on=fail_on,
        markup=None if markup == "auto" else markup,  # type: ignore[arg-type]
        platform=platform,
        jsonl_field=jsonl_field,
        jobs=jobs or os.cpu_count() or 1,
        stdin_filename=stdin_filename,
        show_suppressed=show_suppressed,
        styled=color if color is not None else sys.stdout.isatty(),
        fix=fix or unsafe_fixes,
        unsafe_fixes=unsafe_fixes,
        date=date,
    )
    sys.exit(run_check(options, _unstyled))


def _unstyled(text: str, **_: Any) -> str:
    return text


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    required=True,
    help="Folder for findings, report.html and the partitions a rerun resumes from.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Config file (default: the nearest .postlint.toml or pyproject.toml above the "
    "current folder).",
)
@click.option(
    "--input-format",
    type=click.Choice(
        ["x", "mastodon", "bluesky-car", "bluesky-json", "linkedin", "csv", "jsonl", "parquet"]
    ),
    default=None,
    help="The sources' format when their shape does not say (default: detected).",
)
@click.option(
    "--text-column", default="text", show_default=True, help="CSV/JSONL/Parquet: the post."
)
@click.option("--date-column", default=None, help="CSV/JSONL/Parquet: the date of posting.")
@click.option("--id-column", default=None, help="CSV/JSONL/Parquet: the post's id.")
@click.option("--account-column", default=None, help="CSV/JSONL/Parquet: the account.")
@click.option("--url-column", default=None, help="CSV/JSONL/Parquet: the post's address.")
@click.option(
    "--findings-format",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
    help="Format of DIR/findings.*, one row per finding.",
)
@click.option(
    "--platform",
    type=click.Choice(PLATFORMS),
    default=None,
    help="Platform of CSV/JSONL/Parquet posts (exports of a platform know their own).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding is at least this severe.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="local: processes on this machine; spark: PySpark (postlint[spark]).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Local engine: worker processes; 0 for one per CPU.",
)
@click.option(
    "--spark-master",
    default=None,
    help="Spark engine: the master URL (default: the active session, else local[*]).",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=2000,
    show_default=True,
    help="Rows per partition: the unit a rerun skips when it is already done.",
)
def audit(
    sources: tuple[str, ...],
    out_dir: str,
    config_path: str | None,
    input_format: str | None,
    text_column: str,
    date_column: str | None,
    id_column: str | None,
    account_column: str | None,
    url_column: str | None,
    findings_format: str,
    platform: str | None,
    fail_on: str,
    engine: Any,
    jobs: int,
    spark_master: str | None,
    partition_size: int,
) -> None:
    """Audit what accounts have already posted: X, Mastodon, Bluesky, LinkedIn exports,
    CSV, JSON Lines and Parquet; writes findings and report.html to --out."""
    from postlint._audit.audit import AuditRequest
    from postlint._audit.command import audit_command, config_json_for, progress_wanted
    from postlint._audit.readers import ReadOptions
    from postlint._cli.run import one_line

    try:
        config_json = config_json_for(config_path)
    except PostlintError as error:
        _fail(one_line(error))
    request = AuditRequest(
        sources=sources,
        out=Path(out_dir),
        config_json=config_json,
        options=ReadOptions(
            text_column=text_column,
            date_column=date_column,
            id_column=id_column,
            account_column=account_column,
            url_column=url_column,
            platform=platform,
        ),
        input_format=input_format,
        findings_format=findings_format,
        engine=engine,
        jobs=jobs or os.cpu_count() or 1,
        partition_size=partition_size,
        spark_master=spark_master,
    )
    sys.exit(audit_command(request, fail_on=fail_on, progress=progress_wanted()))


_CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Config file whose rule packs to include (default: the nearest .postlint.toml or "
    "pyproject.toml [tool.postlint] above the current folder).",
)


def _catalog_here(config_path: str | None) -> RuleCatalog:
    """The rules the config here can use: built-in, plus its own rule packs."""
    import postlint
    from postlint._cli.run import one_line

    try:
        found = config_path or postlint.discover_config_file(Path.cwd())
        config = Config.from_file(found) if found else Config()
        return postlint.catalog(config)
    except PostlintError as error:
        _fail(one_line(error))


@main.command()
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="markdown prints the full reference page (docs/rules.md).",
)
@_CONFIG_OPTION
def rules(output_format: str, config_path: str | None) -> None:
    """List every rule, its severity and the profiles that run it."""
    from postlint._cli.rulesdoc import reference_markdown, rules_json, rules_table

    known = _catalog_here(config_path)
    if output_format == "json":
        click.echo(rules_json(known))
    elif output_format == "markdown":
        click.echo(reference_markdown(known), nl=False)
    else:
        click.echo(rules_table(known))


@main.command()
@click.argument("rule_id", metavar="RULE")
@_CONFIG_OPTION
def explain(rule_id: str, config_path: str | None) -> None:
    """Explain a rule (or every rule of a family): what, why, guidance, examples."""
    from postlint._cli.rulesdoc import explain_text

    known = _catalog_here(config_path)
    found = known.find(rule_id)
    if not found:
        close = known.suggest(rule_id)
        hint = f"; did you mean {' or '.join(close)}?" if close else "; `postlint rules` lists them"
        _fail(f"no rule or family {rule_id!r}{hint}")
    click.echo("\n\n".join(explain_text(rule, known) for rule in found))


@main.command()
@click.option("--profile", default=None, help="The code of conduct to follow (a profile name).")
@click.option("--organisation", default=None, help="Where the author works.")
@click.option("--role", default=None, help="The author's role.")
@click.option("--remit", default=None, help="What the account is for, topics separated by ;")
@click.option(
    "--account",
    "account_kind",
    type=click.Choice(["personal", "official"]),
    default=None,
    help="Whose account the posts go out on.",
)
@click.option(
    "--path",
    "target",
    type=click.Path(dir_okay=False),
    default=".postlint.toml",
    show_default=True,
)
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
def init(
    profile: str | None,
    organisation: str | None,
    role: str | None,
    remit: str | None,
    account_kind: str | None,
    target: str,
    force: bool,
) -> None:
    """Write a commented config, asking for what the options do not give."""
    from postlint._cli.init import InitAnswers, config_text

    path = Path(target)
    if path.exists() and not force:
        _fail(f"{path}: already exists (use --force to overwrite)")
    import postlint

    profiles = sorted(postlint.catalog().profiles)
    if profile is not None and profile not in profiles:
        _fail(f"--profile: unknown profile {profile!r} (known: {', '.join(profiles)})")
    try:
        if profile is None:
            profile = click.prompt(
                "Profile (which code of conduct)",
                type=click.Choice(profiles),
                default="uk-civil-service",
            )
        if organisation is None:
            organisation = click.prompt("Organisation", default="", show_default=False)
        if role is None:
            role = click.prompt("Your role", default="", show_default=False)
        if account_kind is None:
            account_kind = click.prompt(
                "Account", type=click.Choice(["personal", "official"]), default="personal"
            )
        if remit is None:
            remit = click.prompt(
                "What the account is for (topics separated by ;)", default="", show_default=False
            )
    except click.Abort:
        if sys.stdin.isatty():
            raise  # Ctrl-C at a question
        _fail(
            "init: no answers on standard input; give them as options: --profile, "
            "--organisation, --role, --account and --remit"
        )
    answers = InitAnswers(
        profile=str(profile),
        organisation=organisation.strip(),
        role=role.strip(),
        remit=tuple(topic.strip() for topic in remit.split(";") if topic.strip()),
        account_kind=str(account_kind),
    )
    try:
        text = config_text(answers)
        path.write_text(text, encoding="utf-8")
    except PostlintError as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"{path}: cannot write: {error.strerror or error}")
    click.echo(f"Wrote {path}. Try: postlint check <draft>")


@main.command()
@click.option("--stdio", is_flag=True, help="Talk over stdin/stdout (the only transport).")
@click.option(
    "--debounce-ms",
    type=click.IntRange(min=0),
    default=None,
    help="Fixed delay after an edit before linting (default: the editor setting, else 150).",
)
def lsp(stdio: bool, debounce_ms: int | None) -> None:
    """Run the language server for editors (stdio)."""
    from postlint.lsp.server import start  # pygls loads only for this command

    start(debounce_ms=debounce_ms)


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but loopback warns and requires a token.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8484, show_default=True)
@click.option("--no-browser", is_flag=True, help="Do not open a browser on the page.")
@click.option(
    "--token",
    envvar="POSTLINT_TOKEN",
    default=None,
    help="Require this token on API requests (default: none on loopback, else generated).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="The server's config: rule packs, the pipeline, limits, and settings the page starts "
    "from (default: the nearest .postlint.toml above the current folder).",
)
@click.option(
    "--max-body-kb",
    type=click.IntRange(min=1),
    default=1024,
    show_default=True,
    help="Largest request body accepted.",
)
@click.option("--access-log", is_flag=True, help="Log each request's method and path.")
def serve(
    host: str,
    port: int,
    no_browser: bool,
    token: str | None,
    config_path: str | None,
    max_body_kb: int,
    access_log: bool,
) -> None:
    """Serve the web page for writing and checking posts in a browser."""
    import postlint
    from postlint._cli.run import one_line

    try:
        found = config_path or postlint.discover_config_file(Path.cwd())
        config = Config.from_file(found) if found else Config()
    except PostlintError as error:
        _fail(one_line(error))
    from postlint.web.serve import ServeOptions
    from postlint.web.serve import serve as run_server

    options = ServeOptions(
        host=host,
        port=port,
        open_browser=not no_browser,
        token=token or None,
        config=config,
        max_body_kb=max_body_kb,
        access_log=access_log,
    )
    try:
        run_server(
            options,
            echo=lambda line: click.echo(line, err=line.startswith("postlint serve: WARNING")),
        )
    except OSError as error:
        _fail(f"serve: cannot listen on {host}:{port}: {error.strerror or error}")
