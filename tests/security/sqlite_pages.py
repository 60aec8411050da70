"""Reading an SQLite file the way an attacker would: page by page, cell by cell.

Only what the secret-ballot attack needs, written from the file format
documentation: the b-tree of a table or an index, every cell with the page
it sits on and its byte offset there (SQLite writes a new cell below the
older ones, so offsets betray the order of writing), the keys in those cells,
and the frames of a WAL file.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Cell:
    page: int
    offset: int  # byte offset of the cell within its page
    key: int  # rowid (table) or the last integer of the record (index: the rowid)


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[pos + i]
        if i == 8:
            return (value << 8) | byte, pos + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, pos + i + 1
    raise AssertionError("unreachable")


def _serial_size(serial: int) -> int:
    sizes = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8, 7: 8, 8: 0, 9: 0}
    if serial in sizes:
        return sizes[serial]
    return (serial - 12) // 2 if serial % 2 == 0 else (serial - 13) // 2


def _int_of(serial: int, raw: bytes) -> int | None:
    if serial == 8:
        return 0
    if serial == 9:
        return 1
    if 1 <= serial <= 6:
        return int.from_bytes(raw, "big", signed=True)
    return None


def _last_int(record: bytes) -> int | None:
    """The last column of a record when it is an integer (an index cell's rowid)."""
    header_size, pos = _varint(record, 0)
    serials = []
    while pos < header_size:
        serial, pos = _varint(record, pos)
        serials.append(serial)
    body = header_size
    value = None
    for serial in serials:
        size = _serial_size(serial)
        value = _int_of(serial, record[body:body + size])
        body += size
    return value


class SqliteFile:
    def __init__(self, path: Path) -> None:
        self.data = Path(path).read_bytes()
        size = struct.unpack(">H", self.data[16:18])[0]
        self.page_size = 65536 if size == 1 else size
        conn = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            rows = conn.execute(
                "SELECT name, rootpage, tbl_name FROM sqlite_master WHERE rootpage > 0").fetchall()
            self.roots = {name: root for name, root, _ in rows}
            self.btrees_of = {}  # table -> the table and every index on it
            for name, _, table in rows:
                self.btrees_of.setdefault(table, []).append(name)
        finally:
            conn.close()

    def _page(self, number: int) -> tuple[bytes, int]:
        start = (number - 1) * self.page_size
        return self.data[start:start + self.page_size], 100 if number == 1 else 0

    def cells(self, name: str) -> list[Cell]:
        """Every leaf cell of the table or index ``name``, in b-tree order."""
        found: list[Cell] = []
        self._walk(self.roots[name], found)
        return found

    def _walk(self, number: int, found: list[Cell]) -> None:
        page, head = self._page(number)
        kind = page[head]
        count = struct.unpack(">H", page[head + 3:head + 5])[0]
        interior = kind in (0x02, 0x05)
        pointers = head + (12 if interior else 8)
        offsets = [struct.unpack(">H", page[pointers + 2 * i:pointers + 2 * i + 2])[0]
                   for i in range(count)]
        for offset in offsets:
            if kind == 0x05:  # table interior: child, rowid
                self._walk(struct.unpack(">I", page[offset:offset + 4])[0], found)
            elif kind == 0x0D:  # table leaf: payload size, rowid, payload
                _, pos = _varint(page, offset)
                rowid, _ = _varint(page, pos)
                found.append(Cell(number, offset, rowid))
            elif kind == 0x02:  # index interior: child, payload size, payload
                self._walk(struct.unpack(">I", page[offset:offset + 4])[0], found)
                size, pos = _varint(page, offset + 4)
                key = _last_int(page[pos:pos + size])
                if key is not None:
                    found.append(Cell(number, offset, key))
            elif kind == 0x0A:  # index leaf: payload size, payload
                size, pos = _varint(page, offset)
                key = _last_int(page[pos:pos + size])
                if key is not None:
                    found.append(Cell(number, offset, key))
        if interior:
            self._walk(struct.unpack(">I", page[head + 8:head + 12])[0], found)


def written_order(cells: list[Cell]) -> list[int]:
    """Keys in the order their cells were most likely written: by page, then
    from the highest offset (oldest) to the lowest (newest)."""
    return [c.key for c in sorted(cells, key=lambda c: (c.page, -c.offset))]


def wal_frames(path: Path) -> int:
    """How many frames a WAL file holds (0 for a missing or empty one)."""
    if not path.exists() or path.stat().st_size < 32:
        return 0
    data = path.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    return (len(data) - 32) // (24 + page_size)
