"""A first-visit walkthrough for back acupuncture patients, in the terminal."""

__version__ = "1.0.0"
