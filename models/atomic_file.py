"""Files the user asked for appear whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; move it into place when the block succeeds.

    On any error (or cancellation) the temporary file is removed and ``path`` keeps what it
    had. The finished file gets the usual permissions for a new file (the umask), not the
    owner-only ones a temporary file is created with.
    """
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        umask = os.umask(0)
        os.umask(umask)
        temp.chmod(0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
