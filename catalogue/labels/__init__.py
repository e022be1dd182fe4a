"""QR labels for the exhibition hall: an A4 sheet of labels for a selection of objects.

Each label names the object (French title, Japanese name, collectivité, material, price,
SKU) beside a vector QR code of its short address, /o/<SKU>/ (catalogue.views_scan),
which opens the object's page in the visitor's language and counts the scan.

    formats.py   the label stocks a sheet can be printed on
    fonts.py     which fonts draw Latin and Japanese text (embedded in the PDF)
    qr.py        the short address and its QR code, drawn as vector paths
    pdf.py       the sheets, with reportlab
    selection.py which objects a user may label, and which are left out and why
    views.py     the admin screen «Étiquettes» (wagtail_hooks.py registers it)
"""
