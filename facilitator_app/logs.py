"""Logging of bugs: tracebacks go to a file in the user data folder."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from facilitator_app.paths import log_file

_LOGGER_NAME = "facilitator_app"


def get_logger() -> logging.Logger:
    logger = logging.getLogger(_LOGGER_NAME)
    if not any(isinstance(h, logging.FileHandler) for h in logger.handlers):
        try:
            handler = logging.FileHandler(log_file(), encoding="utf-8")
        except OSError:
            return logger
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


def log_exception(exc: BaseException) -> Path:
    """Write ``exc`` with its traceback to the log file; return the file's path."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    get_logger().error("Unhandled error\n%s", text)
    return log_file()
