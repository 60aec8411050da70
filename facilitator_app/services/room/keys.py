"""The secret that keys a round's code hashes, kept apart from the workspace.

A code is 6 characters (21**6, about 86 million codes): few enough that
anyone holding a hash and its key could try them all in minutes. So the
key is not in the workspace: it is 32 random bytes (:mod:`secrets`) in a
file of its own, ``room-keys/<round uid>.key`` in the app's user data
folder (:func:`facilitator_app.paths.user_data_dir`), readable by its owner
only (0600, in a 0700 folder). The workspace file, its copies and its
backups hold hashes that nothing in them can check a guess against.

The key is made when a round's codes are first issued on this computer and
deleted when the round closes, is withdrawn or deleted: its codes die with
it, everywhere, and a backup of the file taken while the round was open
holds hashes of a key that no longer exists. A round whose key is missing
here (its codes were issued on another computer, or the key was removed)
has codes that cannot be checked here: new codes must be issued here.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import _

KEY_FOLDER = "room-keys"
KEY_BYTES = 32  # 256 bits
_UID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


def key_folder() -> Path:
    from facilitator_app.paths import user_data_dir

    return user_data_dir() / KEY_FOLDER


def key_path(round_uid: str) -> Path:
    if not _UID.fullmatch(round_uid):
        raise ValueError(f"not a round uid: {round_uid!r}")
    return key_folder() / f"{round_uid}.key"


def read_key(round_uid: str) -> bytes | None:
    """The round's key on this computer, or None when there is none here."""
    try:
        text = key_path(round_uid).read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def create_key(round_uid: str) -> bytes:
    """The round's key, made now (0600) unless this computer has it already."""
    found = read_key(round_uid)
    if found is not None:
        return found
    path = key_path(round_uid)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(path.parent, 0o700)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # a damaged key (read_key found none): it keys nothing
        key = secrets.token_bytes(KEY_BYTES)
        part = path.with_name(f".{path.stem}-{secrets.token_hex(6)}.part")
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        try:
            os.write(fd, key.hex().encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(part, path)  # never over a key another process made meanwhile
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(part, path)
        finally:
            with contextlib.suppress(OSError):
                part.unlink()
    except OSError as exc:
        raise UserError(_("Cannot keep the voter codes' key in {parent}: {reason}.",
                          parent=path.parent, reason=exc.strerror or exc)) from exc
    made = read_key(round_uid)
    if made is None:
        raise UserError(_("Cannot read back the voter codes' key in {parent}.",
                          parent=path.parent))
    return made


def delete_key(round_uid: str) -> bool:
    """Forget the round's key (its codes die); returns whether there was one."""
    path = key_path(round_uid)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError:  # cannot remove it: make it key nothing instead
        with contextlib.suppress(OSError):
            path.write_text("", encoding="ascii")
        return True
    return True


_PENDING = "room_keys_to_forget"
_LISTENING = "room_keys_listening"


def delete_key_after_commit(s: Session, round_uid: str) -> None:
    """Forget the round's key once ``s`` commits: if the commit fails, the
    round stays as it was, its codes and its key together. (After the
    commit the codes that could vote are gone, so a key that a crash
    leaves behind keys nothing.)"""
    if not s.info.get(_LISTENING):
        s.info[_LISTENING] = True
        event.listen(s, "after_commit", _forget_pending)
        event.listen(s, "after_rollback", _drop_pending)
    s.info.setdefault(_PENDING, set()).add(round_uid)


def keep_key(s: Session, round_uid: str) -> None:
    """Codes are issued again in the same unit of work: the key stays."""
    s.info.get(_PENDING, set()).discard(round_uid)


def _forget_pending(s: Session) -> None:
    for round_uid in sorted(s.info.pop(_PENDING, set())):
        delete_key(round_uid)


def _drop_pending(s: Session) -> None:
    s.info.pop(_PENDING, None)


__all__ = ["KEY_BYTES", "KEY_FOLDER", "create_key", "delete_key", "delete_key_after_commit",
           "keep_key", "key_folder", "key_path", "read_key"]
