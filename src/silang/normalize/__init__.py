"""Normalisers for numbers, dates and times in news text (Indonesian first, English next).

* :mod:`silang.normalize.published`: outlets' publication stamps → ``date``;
* :mod:`silang.normalize.quantities`: number mentions → :class:`~silang.model.Quantity`, identifiers;
* :mod:`silang.normalize.times`: temporal expressions → :class:`~silang.model.Timex`,
  the anchor, the weekday check; :mod:`silang.normalize.narrative`: the day of a clock time
  written without one.

Speed: one scan of the lower-cased text finds trigger tokens (digits, "(", time and number words);
the patterns (word lists compiled as tries, :mod:`silang.normalize.rx`) are tried only where an
expression holding a trigger can start. ``bench/bench_normalize.py`` measures it.
"""
