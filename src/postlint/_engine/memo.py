"""The one memo type: bounded, thread-safe, for anything worked out once and asked again.

Rules never keep caches of their own: what a rule prepares per config, per pack or per
vocabulary goes through a :class:`Memo`, and what several rules share per draft goes through
``Draft.shared``. The hot per-token tables of the pipeline's components (a dictionary look-up
per token, see ``pipeline``) are the only caches of their own kind, and live here in the
engine too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

__all__ = ["Memo"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """``memo.get(key, build)``: ``build()`` once per key, at most ``max_size`` keys.

    When full, it starts afresh (a long-running language server meets ever new configs and
    words; clearing is cheaper than tracking recency, and what is asked again is rebuilt).
    ``build`` runs outside the lock, so a slow build does not hold up other keys; if two
    threads build the same key at once, the first value stored wins and both return it.
    """

    def __init__(self, max_size: int) -> None:
        if max_size < 1:
            raise ValueError("a memo holds at least one value")
        self._max_size = max_size
        self._values: dict[K, V] = {}
        self._lock = threading.Lock()

    def get(self, key: K, build: Callable[[], V]) -> V:
        with self._lock:
            if key in self._values:
                return self._values[key]
        value = build()
        with self._lock:
            if key not in self._values and len(self._values) >= self._max_size:
                self._values.clear()
            return self._values.setdefault(key, value)

    def peek(self, key: K) -> V | None:
        """The value held for ``key``, or ``None`` (nothing is built)."""
        with self._lock:
            return self._values.get(key)

    def put(self, key: K, value: V) -> V:
        """Hold ``value`` for ``key`` unless one is held already; return the one held."""
        return self.get(key, lambda: value)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()

    def __len__(self) -> int:
        return len(self._values)
