"""The short address printed on a label, and its QR code drawn as vector paths.

Vector, not an image: the modules stay sharp at any printer resolution and the PDF stays
small. segno makes the matrix; each run of dark modules on a row is one rectangle of a
single path, filled once.
"""

import segno
from reportlab.pdfgen.canvas import FILL_NON_ZERO

from django.conf import settings
from django.urls import reverse

# Four light modules around the code, as the QR specification asks: the label's text
# must stay out of them, or phones fail to find the code.
QUIET_ZONE = 4


def public_base_url() -> str:
    """Where visitors reach the site: PUBLIC_BASE_URL when set, else the admin's base URL
    (the site and its admin are served from the same address)."""
    base = getattr(settings, "PUBLIC_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/")


def short_url(sku: str) -> str:
    """The absolute address of the label's QR code: https://…/o/KNZ-001/."""
    return public_base_url() + reverse("object_scan", args=[sku])


def qr_matrix(data: str) -> list[list[bool]]:
    """Rows of dark (True) modules, the quiet zone included. Error level M at least (segno
    raises it when the version has room): a label scratched or in a reflection still reads."""
    code = segno.make(data, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix_iter(border=QUIET_ZONE)]


def draw_qr(canvas, data: str, *, x: float, y: float, size: float) -> None:
    """Draw the QR code of `data`, quiet zone included, in the square (x, y, size) (points,
    origin bottom left)."""
    matrix = qr_matrix(data)
    module = size / len(matrix)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * module
        start = None
        for col_index, dark in enumerate([*row, False]):
            if dark and start is None:
                start = col_index
            elif not dark and start is not None:
                # A hair taller than a module: rows overlap, so no screen shows seams;
                # filled non-zero, since even-odd would punch the overlaps out as hairlines.
                path.rect(x + start * module, top, (col_index - start) * module, module * 1.02)
                start = None
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    canvas.restoreState()
