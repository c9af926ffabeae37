"""What a user is told when something they asked for failed: one translated sentence.

The store raises typed errors carrying facts (which file, which kind of failure); the words
shown to people are chosen here, in the user's language. Every sentence is a literal in
its own ``translate`` call so that lupdate finds it (context ``ErrorMessages``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import StoreError, StoreErrorKind, StoreInternalError


def _store_sentences() -> dict[StoreErrorKind, str]:
    """The sentence for each kind of store failure, with ``%1`` where the location goes.

    Built at each call, so that the language chosen last is used.
    """
    return {
        StoreErrorKind.BUSY: QCoreApplication.translate(
            "ErrorMessages",
            "The database is in use by another program: %1. Try again in a moment.",
        ),
        StoreErrorKind.READ_ONLY: QCoreApplication.translate(
            "ErrorMessages", "The database cannot be written because it is read-only: %1"
        ),
        StoreErrorKind.DISK_FULL: QCoreApplication.translate(
            "ErrorMessages",
            "The database could not be written because the disk is full: %1",
        ),
        StoreErrorKind.CORRUPT: QCoreApplication.translate(
            "ErrorMessages", "The database file is damaged: %1"
        ),
        StoreErrorKind.NOT_A_DATABASE: QCoreApplication.translate(
            "ErrorMessages", "This file is not a War Room database: %1"
        ),
        StoreErrorKind.NEWER_SCHEMA: QCoreApplication.translate(
            "ErrorMessages",
            "This database was written by a newer version of War Room;"
            " upgrade War Room to open it: %1",
        ),
        StoreErrorKind.CANNOT_OPEN: QCoreApplication.translate(
            "ErrorMessages", "The database cannot be opened: %1"
        ),
        StoreErrorKind.IO_ERROR: QCoreApplication.translate(
            "ErrorMessages",
            "The database could not be read or written (input/output error): %1",
        ),
        StoreErrorKind.FOLDER_MISSING: QCoreApplication.translate(
            "ErrorMessages", "The database folder does not exist: %1"
        ),
        StoreErrorKind.NOT_A_FOLDER: QCoreApplication.translate(
            "ErrorMessages", "The database location is not a folder: %1"
        ),
        StoreErrorKind.PATH_IS_FOLDER: QCoreApplication.translate(
            "ErrorMessages", "The database path is a folder, not a file: %1"
        ),
        StoreErrorKind.NO_ACCESS: QCoreApplication.translate(
            "ErrorMessages", "The database file cannot be read: %1"
        ),
        StoreErrorKind.FOLDER_NOT_WRITABLE: QCoreApplication.translate(
            "ErrorMessages", "The database folder is not writable: %1"
        ),
    }


def user_message(error: BaseException) -> str:
    """The sentence to show for ``error`` in the UI language.

    Store failures get a translated sentence naming the file; an internal store error
    (a bug, already logged with its traceback) says so without technical detail; any
    other error keeps its own text (``WarRoomError`` messages are written for people).
    """
    if isinstance(error, StoreInternalError):
        return QCoreApplication.translate(
            "ErrorMessages",
            "An internal error occurred in the War Room database; the details are in the log.",
        )
    if isinstance(error, StoreError):
        where = (
            str(error.path)
            if error.path is not None
            else QCoreApplication.translate("ErrorMessages", "the database in memory")
        )
        sentences = _store_sentences()
        sentence = sentences.get(error.kind, sentences[StoreErrorKind.CANNOT_OPEN])
        return sentence.replace("%1", where)
    return str(error)
