"""The translation workflow in the admin (registered by exhibition/wagtail_hooks.py).

- «Traduire cette page» for curators on their own pages (wagtail-localize shows its own
  button to holders of its global permission, the Éditeurs);
- in the translation editor, «Soumettre à la relecture» and «Enregistrer le brouillon»
  for those who may not publish (the React editor draws only «Publish in …», for those who
  may: the two buttons are added to its action menu by a small script, the actions are
  handled here before wagtail-localize's own hook);
- on the French page's editor and in the translation editor, which translations are out
  of date, with a link to translate them;
- on a page sent back and on the dashboard, the reviewer's comment.
"""

from wagtail_localize.models import Translation

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale

from exhibition.review_comments import add_changes_requested_panel, notify_changes_requested
from exhibition.roles import TRANSLATE, user_can_translate

from .status import out_of_date_translations, translation_name
from .views import SubmitOwnPageTranslationView
from .workflow import (
    TranslationIncomplete,
    translation_save_draft,
    translation_submit_for_review,
)

SUBMIT = "submit-for-review"
SAVE_DRAFT = "save-draft"


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    # Before wagtail-localize's URLs (order 0), at the address of its own view: every link
    # to «Translate this page» reaches the view that asks for the page's edit permission.
    urls = [
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitOwnPageTranslationView.as_view(),
            name="submit_page",
        )
    ]
    return [path("", include((urls, "translation_review"), namespace="translation_review"))]


def translate_button(page, user, view_name=None, next_url=None):
    """«Traduire cette page» for those who may edit the page without wagtail-localize's
    global permission (its own button is shown to the others)."""
    if user.has_perm(TRANSLATE) or not user_can_translate(user, page):
        return
    translated = page.get_translations(inclusive=True).filter(alias_of__isnull=True)
    if Locale.objects.exclude(pk__in=translated.values("locale_id")).exists():
        url = reverse("translation_review:submit_page", args=[page.pk])
        yield Button(
            _("Traduire cette page"), url, priority=60, icon_name="wagtail-localize-language"
        )


hooks.register("register_page_header_buttons", translate_button)
hooks.register("register_page_listing_more_buttons", translate_button)
# The reviewer's comment on a page sent back, for the curator (exhibition/review_comments.py).
hooks.register("before_edit_page", notify_changes_requested)
hooks.register("construct_homepage_panels", add_changes_requested_panel)


@hooks.register("before_edit_page", order=-1)
def review_translations(request, page):
    """Before wagtail-localize's hook, which draws the translation editor."""
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is not None and request.method == "POST":
        action = request.POST.get("action")
        if action in (SUBMIT, SAVE_DRAFT):
            return _save_translation(request, page, translation, action)
        return None
    if request.method == "GET":
        _notify_out_of_date(request, page)
    return None


def _notify_out_of_date(request, page):
    """On the French page, every translation that is out of date; on a translation, itself."""
    is_french = page.locale_id == Locale.get_default().pk
    for item in out_of_date_translations(page):
        if item.page.pk == page.pk:
            messages.warning(request, item.notice())
        elif is_french:
            buttons = []
            if item.page.permissions_for_user(request.user).can_edit():
                url = reverse("wagtailadmin_pages:edit", args=[item.page.pk])
                buttons.append(messages.button(url, _("Mettre à jour la traduction")))
            messages.warning(request, item.notice(), buttons=buttons)


def _save_translation(request, page, translation, action):
    lock = page.get_lock()
    if lock is not None and lock.for_user(request.user):
        messages.error(
            request, _("Cette page est verrouillée : la traduction n’a pas été enregistrée.")
        )
        return redirect(request.path)
    name = translation_name(translation.target_locale)
    try:
        if action == SAVE_DRAFT:
            translation_save_draft(translation=translation, user=request.user)
        else:
            translation_submit_for_review(translation=translation, user=request.user)
    except TranslationIncomplete as error:
        message = ngettext(
            "Il reste %(count)d texte à traduire : traduisez-le avant de soumettre la page "
            "à la relecture.",
            "Il reste %(count)d textes à traduire : traduisez-les avant de soumettre la page "
            "à la relecture.",
            error.missing,
        )
        messages.error(request, message % {"count": error.missing})
    except PermissionDenied:
        messages.error(request, _("Vous ne pouvez pas soumettre cette page à la relecture."))
    except ValidationError as error:
        messages.error(
            request,
            _("La traduction n’a pas été enregistrée : %(errors)s")
            % {"errors": " ".join(error.messages)},
        )
    else:
        if action == SAVE_DRAFT:
            text = _("%(name)s : brouillon enregistré ; il n’est pas en ligne.")
        else:
            text = _(
                "%(name)s soumise à la relecture : elle sera en ligne dès qu’un éditeur "
                "l’aura approuvée."
            )
        messages.success(request, text % {"name": name})
    return redirect(request.path)


@hooks.register("insert_editor_js")
def translation_review_actions():
    return render_to_string("exhibition/admin/translation_review_actions.html")
