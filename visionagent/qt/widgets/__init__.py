"""Reusable widgets: canvases, image views, plots, editors."""
