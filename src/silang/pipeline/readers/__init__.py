"""One reader per input format; :mod:`silang.pipeline.ingest` picks among them."""
