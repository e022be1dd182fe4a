from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.translation import gettext as _

from wagtail import hooks


@hooks.register("insert_global_admin_js")
def translation_editor_strings():
    """wagtail-localize 1.14's translation editor writes two strings in English whatever the
    user's language (the «More actions» button and the «X to Y translation» tab): the
    script puts back these translations once the editor has rendered."""
    strings = {
        "More actions": _("Plus d’actions"),
        # «{source}» and «{target}» are language names, e.g. «français → anglais».
        "translation": _("Traduction : {source} → {target}"),
    }
    return json_script(strings, "localize-editor-strings") + format_html(
        '<script src="{}" defer></script>', static("js/admin/localize-editor-strings.js")
    )
