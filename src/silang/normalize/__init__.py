"""Normalisers for numbers, dates and times in news text (Indonesian first, English next).

* :mod:`silang.normalize.published`: outlets' publication stamps → ``date``;
* :mod:`silang.normalize.quantities`: number mentions → :class:`~silang.model.Quantity`, identifiers;
* :mod:`silang.normalize.times`: temporal expressions → :class:`~silang.model.Timex`,
  the anchor, the weekday check.
"""
