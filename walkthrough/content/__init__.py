"""The content layer: typed models and the YAML loader (no Textual here)."""

from walkthrough.content.loader import bundled_content_dir, load_content
from walkthrough.content.model import Content, Language
from walkthrough.content.problems import ContentError, Problem

__all__ = ["Content", "ContentError", "Language", "Problem", "bundled_content_dir", "load_content"]
