"""One module per command-line command; each offers ``validate(args)`` and ``run(args)``.

``app.cli`` parses the arguments, calls ``validate`` (which opens nothing: no database, no
window) and only then ``run``. Both raise ``CommandError`` (or a ``WarRoomError``) for a
failure the user can fix; the command line prints it with exit code 2.
"""
