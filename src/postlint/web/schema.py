"""The JSON API's schema: what ``GET /api/schema`` serves and ``docs/web-api.schema.json``
holds (``python -m postlint.web.schema > docs/web-api.schema.json``; a test keeps it current)."""

from __future__ import annotations

import json
from typing import Any

from postlint.web.models import (
    API_VERSION,
    CheckRequest,
    CheckResponse,
    ConfigFileRequest,
    ConfigFileResponse,
    ConfigRequest,
    ErrorResponse,
)

__all__ = ["api_schema"]


def api_schema() -> dict[str, Any]:
    """One JSON schema per request and response body, by endpoint."""

    def of(model: Any, mode: str) -> dict[str, Any]:
        return dict(model.model_json_schema(mode=mode))

    return {
        "api_version": API_VERSION,
        "endpoints": {
            "POST /api/check": {
                "request": of(CheckRequest, "validation"),
                "response": of(CheckResponse, "serialization"),
            },
            "POST /api/config/parse": {
                "request": of(ConfigFileRequest, "validation"),
                "response": of(ConfigFileResponse, "serialization"),
            },
            "POST /api/config/toml": {
                "request": of(ConfigRequest, "validation"),
                "response": of(ConfigFileResponse, "serialization"),
            },
        },
        "error": of(ErrorResponse, "serialization"),
    }


if __name__ == "__main__":
    print(json.dumps(api_schema(), indent=2, ensure_ascii=False))
