"""The web app: the page, its assets and the JSON API, on Starlette.

Routes (``docs/web.md`` has the API with its schema):

- ``GET /``: the page; ``GET /static/...``: its bundled assets (no CDN);
- ``GET /api/form``: the context form, described from ``Config``'s schema, and the
  server's own settings to start from;
- ``POST /api/check``: check one draft (``CheckRequest`` -> ``CheckResponse``);
- ``POST /api/config/parse`` and ``POST /api/config/toml``: ``.postlint.toml`` in and out;
- ``GET /api/schema``: the JSON schema of every request and response.

Checks run on a worker thread, one at a time: spaCy holds the GIL for most of a check, so
more threads would not go faster, and one queue keeps a shared server's memory flat. The
event loop stays free to serve the page. Drafts live only in memory for the length of a
request: nothing here logs or stores them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import anyio
from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from postlint import (
    Config,
    ConfigError,
    InputError,
    PipelineError,
    PostlintError,
    catalog,
    linter_for,
)
from postlint.web.checking import SERVER_ONLY_KEYS, check_request
from postlint.web.config_file import config_from_toml, config_to_toml
from postlint.web.form import describe_form
from postlint.web.guard import Guard, GuardMiddleware, error_body
from postlint.web.models import (
    CheckRequest,
    ConfigFileRequest,
    ConfigFileResponse,
    ConfigRequest,
)
from postlint.web.schema import api_schema

__all__ = ["STATIC", "WebSettings", "create_app"]

logger = logging.getLogger("postlint.web")

STATIC = Path(str(resources.files("postlint.web") / "static"))
"""The built page (``make web-assets`` writes it; the wheel carries it)."""

RequestT = TypeVar("RequestT", bound=BaseModel)


@dataclass(frozen=True)
class WebSettings:
    config: Config
    """The server's own config: what every request's config is merged over."""
    guard: Guard
    static: Path = STATIC


class JsonResponse(Response):
    """JSON in ASCII: a lone surrogate, which JSON may carry in, can always go back out."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def create_app(settings: WebSettings) -> GuardMiddleware:
    limiter = anyio.CapacityLimiter(1)
    base = settings.config

    async def run(work: Callable[[], Any]) -> Any:
        return await anyio.to_thread.run_sync(work, limiter=limiter)

    async def index(request: Request) -> Response:
        page = (settings.static / "index.html").read_bytes()
        return Response(page, media_type="text/html; charset=utf-8")

    form_body: list[dict[str, Any]] = []

    async def form(request: Request) -> Response:
        # Built once, and not behind the checks' queue: the page's first load must not
        # wait for the pipeline's warm-up.
        if not form_body:
            described = describe_form(catalog(base), _page_defaults(base))
            form_body.append(described.model_dump(mode="json"))
        return JsonResponse(form_body[0])

    async def check(request: Request) -> Response:
        checked = await _read(request, CheckRequest)
        response = await _answer(run(lambda: check_request(checked, base)))
        return JsonResponse(response.model_dump(mode="json"))

    async def parse_config(request: Request) -> Response:
        given = await _read(request, ConfigFileRequest)
        settings_found, warnings = await _answer(run(lambda: config_from_toml(given.toml)))
        answer = ConfigFileResponse(config=settings_found, warnings=warnings)
        return JsonResponse(answer.model_dump(mode="json"))

    async def write_config(request: Request) -> Response:
        given = await _read(request, ConfigRequest)
        text = await _answer(run(lambda: config_to_toml(given.config)))
        return JsonResponse(ConfigFileResponse(toml=text).model_dump(mode="json"))

    async def schema(request: Request) -> Response:
        return JsonResponse(api_schema())

    async def warm_up() -> None:
        # Load the pipeline and rules before the first keystroke needs them. A config the
        # server cannot load (a pipeline not installed) is said once here; each check then
        # answers it as a 503 the page shows.
        try:
            await run(lambda: linter_for(base).check("Warming up."))
        except PostlintError as error:
            logger.warning("postlint serve: %s", "; ".join(str(error).splitlines()))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        async with anyio.create_task_group() as group:
            group.start_soon(warm_up)
            yield
            group.cancel_scope.cancel()

    app = Starlette(
        routes=[
            Route("/", index),
            Route("/api/form", form),
            Route("/api/check", check, methods=["POST"]),
            Route("/api/config/parse", parse_config, methods=["POST"]),
            Route("/api/config/toml", write_config, methods=["POST"]),
            Route("/api/schema", schema),
            Mount("/static", StaticFiles(directory=settings.static), name="static"),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
        lifespan=lifespan,
    )
    return GuardMiddleware(_ContainedErrors(app), settings.guard)


class _ContainedErrors:
    """Starlette answers an unexpected error with ``_server_error`` and then raises it again
    for the server to log, and uvicorn would log it with its traceback and message, which
    can quote the draft. Here it stops: only its type is logged."""

    def __init__(self, app: Starlette) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        started = False

        async def tracking_send(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as error:
            if scope["type"] != "http":
                raise
            if not started:
                response = await _server_error(Request(scope), error)
                await response(scope, receive, send)


def _page_defaults(base: Config) -> dict[str, Any]:
    """The server config's settings a page may start from (not the server-only ones)."""
    data = dict(base.model_dump(mode="json", exclude_unset=True))
    for path in SERVER_ONLY_KEYS:
        node: Any = data
        for part in path[:-1]:
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, dict):
            node.pop(path[-1], None)
    return data


async def _read(request: Request, model: type[RequestT]) -> RequestT:
    """The request body as ``model``: 400 for bad JSON, 422 naming the first bad field."""
    body = await request.body()
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise HTTPException(400, f"request body is not valid JSON: {error}") from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = [
            f"{'.'.join(str(p) for p in problem['loc']) or 'body'}: "
            + ("unknown key" if problem["type"] == "extra_forbidden" else problem["msg"])
            for problem in error.errors()
        ]
        raise HTTPException(422, "; ".join(problems[:3])) from None


async def _answer(work: Awaitable[Any]) -> Any:
    """Run a check or a config job; postlint's own errors become one-line 4xx/5xx."""
    try:
        return await work
    except (ConfigError, InputError) as error:
        raise HTTPException(422, "; ".join(str(error).splitlines())) from None
    except PipelineError as error:
        raise HTTPException(503, "; ".join(str(error).splitlines())) from None
    except PostlintError as error:
        raise HTTPException(422, "; ".join(str(error).splitlines())) from None


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    return Response(error_body(error.detail), error.status_code, media_type="application/json")


async def _server_error(request: Request, error: Exception) -> Response:
    # The type only: an exception's message or traceback could quote the draft.
    logger.error("internal error: %s on %s", type(error).__name__, request.url.path)
    body = error_body(f"internal error ({type(error).__name__}); the draft was not stored")
    return Response(body, 500, media_type="application/json")
