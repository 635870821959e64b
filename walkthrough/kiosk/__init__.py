"""Kiosk mode: one shared screen in a waiting room, one patient after another (see app.py)."""

STAFF_KEY = "f12"
"""The key staff press to leave kiosk mode (then the PIN); shown in no key bar."""
