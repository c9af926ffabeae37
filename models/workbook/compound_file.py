"""The names in an OLE compound file's directory, read a sector at a time.

An encrypted .xlsx and a legacy .xls are both compound files (MS-CFB); only the directory
tells them apart (EncryptionInfo and EncryptedPackage streams versus a Workbook stream).
Excel may put the directory anywhere, even after a large encrypted package, so we follow
its sector chain through the allocation table instead of searching the bytes: a few
sectors are read whatever the file's size, and a damaged or looping chain is refused.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

HEADER_BYTES = 512
DIRECTORY_ENTRY_BYTES = 128
HEADER_DIFAT_ENTRIES = 109
BYTE_ORDER_MARK = 0xFFFE
END_OF_CHAIN = 0xFFFFFFFE
FREE_SECTOR = 0xFFFFFFFF
STORAGE, STREAM = 1, 2


class CompoundFileDamaged(ValueError):
    """The header, allocation table or directory chain does not hold together."""


def directory_names(handle: BinaryIO, size: int) -> set[str]:
    """Names of the storages and streams in the compound file open in ``handle``."""
    return _CompoundFile(handle, size).directory_names()


class _CompoundFile:
    def __init__(self, handle: BinaryIO, size: int) -> None:
        self._handle = handle
        handle.seek(0)
        header = handle.read(HEADER_BYTES)
        if len(header) < HEADER_BYTES:
            raise CompoundFileDamaged("the compound file header is cut off")
        byte_order, sector_shift = struct.unpack_from("<HH", header, 0x1C)
        if byte_order != BYTE_ORDER_MARK or sector_shift not in (9, 12):
            raise CompoundFileDamaged("the compound file header is not valid")
        self._sector_bytes = 1 << sector_shift
        # Sector n starts after the header sector; a chain longer than this count loops.
        self._sector_count = max(0, size // self._sector_bytes - 1)
        fat_count, self._first_directory = struct.unpack_from("<II", header, 0x2C)
        self._fat_sectors = self._fat_sector_numbers(header)[:fat_count]
        self._cached: tuple[int, bytes] | None = None

    def directory_names(self) -> set[str]:
        names: set[str] = set()
        sector = self._first_directory
        for _step in range(self._sector_count):
            if sector == END_OF_CHAIN:
                return names
            data = self._sector(sector)
            for start in range(0, self._sector_bytes, DIRECTORY_ENTRY_BYTES):
                entry = data[start : start + DIRECTORY_ENTRY_BYTES]
                length, kind = struct.unpack_from("<HB", entry, 0x40)
                if kind in (STORAGE, STREAM) and 2 <= length <= 64:
                    names.add(entry[: length - 2].decode("utf-16-le", "replace"))
            sector = self._next(sector)
        raise CompoundFileDamaged("the compound file directory does not end")

    def _fat_sector_numbers(self, header: bytes) -> list[int]:
        numbers = list(struct.unpack_from(f"<{HEADER_DIFAT_ENTRIES}I", header, 0x4C))
        next_difat, difat_count = struct.unpack_from("<II", header, 0x44)
        per_sector = self._sector_bytes // 4 - 1  # the last entry links to the next one
        for _step in range(min(difat_count, self._sector_count)):
            if next_difat in (END_OF_CHAIN, FREE_SECTOR):
                break
            entries = struct.unpack(f"<{per_sector + 1}I", self._sector(next_difat))
            numbers.extend(entries[:per_sector])
            next_difat = entries[per_sector]
        return numbers

    def _next(self, sector: int) -> int:
        fat_index, entry = divmod(sector, self._sector_bytes // 4)
        if fat_index >= len(self._fat_sectors):
            raise CompoundFileDamaged(f"sector {sector} is outside the allocation table")
        number = self._fat_sectors[fat_index]
        if self._cached is None or self._cached[0] != number:
            self._cached = (number, self._sector(number))
        return int(struct.unpack_from("<I", self._cached[1], entry * 4)[0])

    def _sector(self, number: int) -> bytes:
        if number >= self._sector_count:
            raise CompoundFileDamaged(f"sector {number} lies beyond the end of the file")
        self._handle.seek((number + 1) * self._sector_bytes)
        data = self._handle.read(self._sector_bytes)
        if len(data) < self._sector_bytes:
            raise CompoundFileDamaged(f"sector {number} is cut off")
        return data
