"""Precision, recall and F1 from the counts of an overlap-matched evaluation."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Matched:
    """Predicted and gold items, and how many of each the other side matched."""

    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold items some prediction matches
    correct: int = 0  # predictions matching a gold item

    @property
    def precision(self) -> float:
        """Share of predictions that match a gold item."""
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items some prediction matches."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
