"""newsprov: provenance for news text (dates, attributions, source credits) with lineage on every row."""

__version__ = "0.1.0"
