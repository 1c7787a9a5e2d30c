"""Prefect flows: thin wiring of newsprov's stages (the package itself never imports Prefect)."""
