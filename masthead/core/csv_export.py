"""CSV files handed out by the admin: written line by line, so that a list of any length
streams in constant memory (give the lines to a StreamingHttpResponse), with every cell
neutralised so that a spreadsheet never runs it as a formula (CSV injection)."""

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence

# A spreadsheet treats a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"  # makes spreadsheets read the file as UTF-8


def neutralise(cell: str) -> str:
    """Make a spreadsheet read the cell as text: a leading apostrophe, as OWASP advises."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def csv_lines(
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    when_done: Callable[[int, bool], None] | None = None,
) -> Iterator[str]:
    """The header line, then one line per row. Every cell is written as text, neutralised;
    None is an empty cell. `when_done(rows_written, finished)` is called when the lines
    end, or when the reader stops early (`finished` is then False)."""
    writer = csv.writer(_Line())
    written = 0
    finished = False
    try:
        yield BYTE_ORDER_MARK + writer.writerow(columns)
        for row in rows:
            yield writer.writerow(["" if cell is None else neutralise(str(cell)) for cell in row])
            written += 1
        finished = True
    finally:
        if when_done is not None:
            when_done(written, finished)


class _Line:
    """A file-like object whose write() hands back the line instead of storing it."""

    def write(self, line: str) -> str:
        return line
