"""Small helpers shared by the transcription modules: how a printed cell becomes a worksheet cell."""


def text(ws, r, c, v, f):
    """A printed text; an empty cell stays blank (with its border)."""
    if v:
        ws.write_string(r, c, v, f)
    else:
        ws.write_blank(r, c, None, f)


def write_pages(ws, rows, r, fmt, money, numbers, page, brk=None):
    """The table body as printed: `page` marks reprint the number row (via `numbers(r)`) after a page
    break, `brk` marks a page break with nothing reprinted; rows are (cells, bold columns)."""
    breaks = []
    for item in rows:
        if item == page or (brk is not None and item == brk):
            breaks.append(r)
            if item == page:
                r = numbers(r)
            continue
        cells, bold = item
        for c, v in enumerate(cells):
            text(ws, r, c, v, fmt[c in bold, c in money])
        r += 1
    ws.set_h_pagebreaks(breaks)
    return r


def set_widths(ws, widths):
    """Column widths as (first, last, width)."""
    for first, last, width in widths:
        ws.set_column(first, last, width)
