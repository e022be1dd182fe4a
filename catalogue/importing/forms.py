from django import forms
from django.utils.translation import gettext_lazy as _

from . import images, readers


class ImportForm(forms.Form):
    rows_file = forms.FileField(
        label=_("Tableau des objets (CSV ou XLSX)"),
        help_text=_(
            "Une ligne par objet, les noms des colonnes en première ligne. 5 Mo et 2 000 "
            "objets au plus."
        ),
        error_messages={
            "required": _("Choisissez le fichier CSV ou XLSX des objets."),
            "empty": _("Le fichier envoyé est vide."),
        },
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,.txt"}),
    )
    images_zip = forms.FileField(
        label=_("Photos (fichier ZIP, facultatif)"),
        required=False,
        help_text=_(
            "Les images nommées dans la colonne « images », à la racine du ZIP ou dans des "
            "dossiers ; la casse des noms ne compte pas."
        ),
        error_messages={"empty": _("Le fichier ZIP envoyé est vide.")},
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
    )
    publish = forms.BooleanField(
        label=_("Publier directement"),
        required=False,
        help_text=_(
            "Sinon, chaque objet créé ou modifié est enregistré en brouillon, à soumettre "
            "à la relecture. Les objets que vous n’avez pas le droit de publier restent "
            "en brouillon."
        ),
    )

    def __init__(self, *args, can_publish: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_publish:
            del self.fields["publish"]

    def clean_rows_file(self):
        upload = self.cleaned_data["rows_file"]
        try:
            readers.check_upload(upload)
        except readers.ImportFileError as error:
            raise forms.ValidationError(str(error)) from error
        return upload

    def clean_images_zip(self):
        upload = self.cleaned_data.get("images_zip")
        if not upload:
            return None
        if not upload.name.lower().endswith(".zip"):
            raise forms.ValidationError(
                _("« %(name)s » n’est pas un fichier ZIP.") % {"name": upload.name}
            )
        if upload.size > images.MAX_ZIP_BYTES:
            raise forms.ValidationError(
                _("« %(name)s » dépasse %(size)s Mo : envoyez les images en plusieurs fois.")
                % {"name": upload.name, "size": images.MAX_ZIP_BYTES // (1024 * 1024)}
            )
        return upload
