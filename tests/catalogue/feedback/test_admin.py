"""«Avis des visiteurs» in the admin: the Éditeurs read everything, a collectivité's curators
their own collectivité's feedback only, anyone else nothing; and the exports follow."""

import pytest

from django.urls import reverse

from exhibition.models import ExhibitorPage
from exhibition.roles import CURATORS, EDITORS
from tests.factories import make_user

from .helpers import demo_object, give

pytestmark = pytest.mark.django_db

INDEX = "/admin/catalogue/avis/"


@pytest.fixture
def feedback():
    kanazawa, toyama = demo_object("kanazawa"), demo_object("toyama")
    give(kanazawa, colour=5, shape=4, size="right", remark="Le bleu de Kutani, superbe.")
    give(kanazawa, language="ja", from_hall=True, colour=3, would_buy="yes", remark="きれい")
    give(toyama, colour=1, price="expensive", remark="Remarque sur le plateau de Toyama.")
    return {"kanazawa": kanazawa, "toyama": toyama}


def logged_in(client, *groups, **kwargs):
    user = make_user(
        f"user-{len(groups)}-{'-'.join(groups) or 'none'}"[:150], groups=groups, **kwargs
    )
    client.force_login(user)
    return client


def export_url(page, fmt="csv"):
    return reverse("catalogue_feedback_export", args=[page.get_parent().pk, fmt])


def test_a_kanazawa_curator_reads_kanazawa_feedback_and_not_toyamas(client, feedback):
    logged_in(client, CURATORS.format(name="Kanazawa"))
    response = client.get(INDEX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Le bleu de Kutani, superbe." in html and "きれい" in html
    assert "plateau de Toyama" not in html
    assert feedback["kanazawa"].title in html and feedback["toyama"].title not in html
    totals = response.context["totals"]
    assert totals.count == 2 and totals.averages["colour"] == (4.0, 2)


def test_a_curator_cannot_export_another_collectivites_participation(client, feedback):
    logged_in(client, CURATORS.format(name="Toyama"))
    assert client.get(export_url(feedback["kanazawa"])).status_code == 404
    assert client.get(export_url(feedback["kanazawa"], "xlsx")).status_code == 404
    response = client.get(export_url(feedback["toyama"]))
    assert response.status_code == 200
    assert "plateau de Toyama" in response.content.decode("utf-8-sig")


def test_a_curator_is_not_offered_another_collectivites_participation(client, feedback):
    logged_in(client, CURATORS.format(name="Toyama"))
    response = client.get(INDEX)
    offered = set(response.context["form"].fields["exhibitor"].queryset)
    assert offered == {feedback["toyama"].get_parent().specific}
    # A filter naming someone else's participation is dropped, not obeyed.
    other = feedback["kanazawa"].get_parent().pk
    response = client.get(INDEX, {"exhibitor": other})
    assert "Le bleu de Kutani" not in response.content.decode()


def test_the_editors_read_all_the_feedback_and_filter_it(client, feedback):
    logged_in(client, EDITORS)
    html = client.get(INDEX).content.decode()
    assert "Le bleu de Kutani" in html and "plateau de Toyama" in html
    html = client.get(INDEX, {"language": "ja"}).content.decode()
    assert "きれい" in html and "Le bleu de Kutani" not in html
    html = client.get(INDEX, {"source": "hall"}).content.decode()
    assert "きれい" in html and "plateau de Toyama" not in html
    edition = feedback["toyama"].edition
    response = client.get(INDEX, {"edition": edition.pk})
    assert response.context["totals"].count == 3
    exhibitor = feedback["toyama"].get_parent()
    response = client.get(INDEX, {"exhibitor": exhibitor.pk})
    assert response.context["totals"].count == 1
    assert client.get(export_url(feedback["kanazawa"])).status_code == 200


@pytest.mark.parametrize("groups", [(), ("boutique",)])
def test_staff_without_a_curators_or_editors_role_are_refused(client, feedback, groups):
    logged_in(client, *groups, permissions=["wagtailadmin.access_admin"])
    # Wagtail answers a PermissionDenied in its admin with a redirect to the dashboard.
    for url in (INDEX, export_url(feedback["kanazawa"]), export_url(feedback["toyama"], "xlsx")):
        response = client.get(url)
        assert (response.status_code, response.url) == (302, "/admin/")
    assert INDEX not in client.get("/admin/account/").content.decode()


def test_the_menu_shows_the_feedback_to_curators(client, feedback):
    logged_in(client, CURATORS.format(name="Kanazawa"))
    assert INDEX in client.get("/admin/account/").content.decode()


def test_a_visitor_without_an_account_is_sent_to_the_login(client, feedback):
    response = client.get(INDEX)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_absurd_participation_id_is_a_404(client, feedback):
    logged_in(client, EDITORS)
    assert client.get(f"{INDEX}999999999999999999999999.csv").status_code == 404
    exhibitor = ExhibitorPage.objects.filter(locale__language_code="fr").first()
    assert client.get(f"{INDEX}{exhibitor.pk}.pdf").status_code == 404
