"""The one error class for problems a user can cause.

Anything raised as :class:`UserError` carries a message written for people
(what went wrong, what to do) and is shown as it is: a dialog in the GUI, one
line on stderr on the command line. Every other exception is a bug: it is
logged with its traceback to the log file in the user data folder.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on.

    ``exit_code`` follows the command-line contract: 1 = the command could
    not do its work, 2 = unusable arguments or file.
    """

    exit_code: int = 1

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class BadInputError(UserError):
    """An unusable file or argument (exit code 2)."""

    exit_code = 2
