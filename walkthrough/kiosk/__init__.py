"""Kiosk mode: one shared screen in a waiting room, one patient after another (see app.py)."""
