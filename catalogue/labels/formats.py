"""The label stocks a sheet is printed on: A4 sheets of self-adhesive labels, named by
their size as stationers sell them («étiquettes 70 × 37 mm, 24 par feuille»).

Both fill the A4 sheet edge to edge (no gaps), the commonest die-cut layout: 3 × 70 mm =
210 mm, 8 × 37 mm = 296 mm (half a millimetre top and bottom). Printers leave about 4 mm
unprinted along the sheet's edges, so each label keeps its text at least `padding` from
its own edges. Sizes in millimetres, type sizes in points.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

A4_MM = (210.0, 297.0)


@dataclass(frozen=True)
class LabelFormat:
    key: str
    name: str
    columns: int
    rows: int
    width: float
    height: float
    padding_x: float
    padding_y: float
    qr_size: float  # the QR code's square, quiet zone included
    title_size: float
    title_lines: int
    text_size: float
    japanese_size: float
    price_size: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def margin_left(self) -> float:
        return (A4_MM[0] - self.columns * self.width) / 2

    @property
    def margin_top(self) -> float:
        return (A4_MM[1] - self.rows * self.height) / 2

    def origin(self, index: int) -> tuple[float, float]:
        """Bottom-left corner (mm, from the sheet's bottom left) of the label `index` on
        its sheet, filled row by row from the top left."""
        row, column = divmod(index % self.per_sheet, self.columns)
        x = self.margin_left + column * self.width
        y = A4_MM[1] - self.margin_top - (row + 1) * self.height
        return x, y


FORMATS = {
    format.key: format
    for format in (
        LabelFormat(
            key="a4-24-70x37",
            name=_("A4, 24 étiquettes de 70 × 37 mm (3 × 8)"),
            columns=3,
            rows=8,
            width=70,
            height=37,
            padding_x=5,
            padding_y=4,
            qr_size=28,
            title_size=9,
            title_lines=2,
            text_size=7,
            japanese_size=8.5,
            price_size=11,
        ),
        LabelFormat(
            key="a4-8-105x74",
            name=_("A4, 8 cartes de 105 × 74 mm (2 × 4, format A7)"),
            columns=2,
            rows=4,
            width=105,
            height=74,
            padding_x=8,
            padding_y=7,
            qr_size=40,
            title_size=15,
            title_lines=4,
            text_size=10.5,
            japanese_size=13,
            price_size=18,
        ),
    )
}
DEFAULT_FORMAT = "a4-24-70x37"
