"""Indonesian named-entity recognition: a CRF trained on public gold sets, shipped in ``models/``."""
