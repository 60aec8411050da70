"""Cluster Facilitator Toolkit: an offline desktop app for cluster workshops."""

__version__ = "0.1.0"
APP_NAME = "Cluster Facilitator Toolkit"
