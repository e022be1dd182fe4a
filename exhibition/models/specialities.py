from wagtail_localize.fields import SynchronizedField

from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

TEXT_MAX_LENGTH = 600


class Season(models.TextChoices):
    ALL_YEAR = "annee", _("toute l’année")
    SPRING = "printemps", _("printemps")
    SUMMER = "ete", _("été")
    AUTUMN = "automne", _("automne")
    WINTER = "hiver", _("hiver")


class RegionalSpeciality(TranslatableMixin, index.Indexed, models.Model):
    """A dish, drink or food of a collectivité, e.g. «Jibu-ni / 治部煮» in Kanazawa.

    The tourism page of its collectivité lists it under «À goûter», and objects name it as
    their «accord mets» (`CraftObjectPage.pairings`); its public page, built by the
    catalogue, lists those objects. English and Japanese versions are wagtail-localize
    translations: the name and the text are translated; the Japanese name, the slug (the
    same URL segment in every language), the collectivité, the season and the image are
    the French version's.
    """

    name = models.CharField(_("nom"), max_length=120, help_text=_("Par exemple : Jibu-ni"))
    japanese_name = models.CharField(
        _("nom japonais"), max_length=120, help_text=_("Par exemple : 治部煮")
    )
    slug = models.SlugField(
        _("identifiant d’URL"),
        max_length=80,
        help_text=_("Le même dans toutes les langues, par exemple « jibu-ni »."),
    )
    collectivite = models.ForeignKey(
        "exhibition.CollectivitePage",
        verbose_name=_("collectivité"),
        on_delete=models.PROTECT,
        related_name="specialities",
    )
    season = models.CharField(
        _("saison"), max_length=12, choices=Season.choices, default=Season.ALL_YEAR
    )
    text = models.TextField(
        _("texte"),
        max_length=TEXT_MAX_LENGTH,
        validators=[MaxLengthValidator(TEXT_MAX_LENGTH)],
        help_text=_("Deux ou trois phrases : ce que c’est, comment on le déguste."),
    )
    image = models.ForeignKey(
        "exhibition.ExhibitionImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The slug names the page in every language; the Japanese name is the dish's own,
    # never a translator's text. Neither is offered for translation.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("japanese_name", overridable=False),
    ]

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("japanese_name")]),
        FieldRowPanel([FieldPanel("collectivite"), FieldPanel("season")]),
        FieldPanel("text"),
        FieldPanel("image"),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("japanese_name"),
        index.SearchField("text"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("spécialité régionale")
        verbose_name_plural = _("spécialités régionales")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_speciality_slug_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.name} / {self.japanese_name}"

    @property
    def url(self) -> str:
        """Its public page in the current language (`catalogue/views_specialities.py`,
        named in `config/urls.py`: the URL, not an import, so the exhibition stays below
        the catalogue)."""
        return reverse("speciality", kwargs={"slug": self.slug})
