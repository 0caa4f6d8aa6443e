"""How a remit similarity reads in an ``offtopic`` message: the nearest topic, the words
shared, and the figures with as many digits as it takes to agree with the decision."""

from __future__ import annotations

from postlint._engine.similarity import RemitMatch

__all__ = ["distinct_figures", "similarity_details"]


def similarity_details(match: RemitMatch, threshold: float) -> dict[str, str]:
    shared = ", ".join(f"“{term}”" for term in match.shared_terms) or "none"
    nearest = (
        f"nearest topic “{match.nearest_topic}”"
        if match.nearest_topic
        else "no remit topic is near"
    )
    similarity, shown_threshold = distinct_figures(match.similarity, threshold)
    return {
        "nearest": nearest,
        "topic": match.nearest_topic,
        "similarity": similarity,
        "threshold": shown_threshold,
        "shared": shared,
    }


def distinct_figures(value: float, threshold: float) -> tuple[str, str]:
    """``value`` and ``threshold`` with two decimals, or as many more as it takes for the
    message to agree with the decision ("0.1496 (threshold 0.15)", never "0.15 (threshold
    0.15)" on a draft that was flagged for being below it)."""
    for places in range(2, 7):
        shown, shown_threshold = f"{value:.{places}f}", f"{threshold:.{places}f}"
        if (float(shown) < float(shown_threshold)) == (value < threshold):
            return shown, shown_threshold
    return f"{value:.6f}", f"{threshold:.6f}"
