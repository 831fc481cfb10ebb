"""Jinja2 templates for the emails bedside sends; schools edit these."""
