"""Cluster Facilitator Toolkit: an offline desktop app for cluster workshops."""

__version__ = "0.1.0"
APP_NAME = "Cluster Facilitator Toolkit"
LANGUAGES = (("en", "English"), ("es", "Español"), ("fr", "Français"), ("nl", "Nederlands"))
"""The window's languages (code, the language's own name), English first (see
facilitator_app.i18n)."""
