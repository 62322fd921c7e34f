"""Small helpers shared by the transcription modules: how a printed cell becomes a worksheet cell."""


def text(ws, r, c, v, f):
    """A printed text; an empty cell stays blank (with its border)."""
    if v:
        ws.write_string(r, c, v, f)
    else:
        ws.write_blank(r, c, None, f)
