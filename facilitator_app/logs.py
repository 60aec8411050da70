"""Logging of bugs: tracebacks go to a file in the user data folder.

The file rotates: at ``LOG_MAX_BYTES`` it becomes ``facilitator-app.log.1``
(the older ones move up to ``.5``, ``LOG_BACKUPS``, and the oldest goes), so
a laptop used for years never fills its disk with the log.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

from facilitator_app.paths import log_file

_LOGGER_NAME = "facilitator_app"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5


def get_logger() -> logging.Logger:
    """The app's logger, writing to the log file of the current user data
    folder (a handler for another folder, e.g. an earlier test's, is replaced)."""
    logger = logging.getLogger(_LOGGER_NAME)
    target = os.path.abspath(log_file())
    handlers = [h for h in logger.handlers if isinstance(h, logging.FileHandler)]
    if any(h.baseFilename == target for h in handlers):
        return logger
    for old in handlers:
        logger.removeHandler(old)
        old.close()
    try:
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
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
