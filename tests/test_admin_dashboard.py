"""The admin dashboard's panels: objects awaiting review, low stock, recent orders.

Each shows its reader what they may act on and nothing else, in a fixed number of queries.
"""

import datetime
from decimal import Decimal

import pytest

from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils import WagtailTestUtils

from catalogue.admin_panels import PendingReviewPanel
from catalogue.models import CraftObjectPage
from exhibition.models import ExhibitorPage
from shop.admin_panels import LowStockPanel
from shop.models import Order
from shop.wagtail_hooks import RecentOrdersPanel
from tests.exhibition.admin_helpers import curator, editor, member
from tests.factories import CraftObjectPageFactory, ExhibitorPageFactory

pytestmark = pytest.mark.django_db


def team(short_name):
    """The participation of a collectivité of the test's own, named `short_name`: its
    curators' group «Curateurs – <short_name>» comes with it (exhibition/signals.py)."""
    exhibitor = ExhibitorPage.objects.filter(collectivite__short_name=short_name).first()
    return exhibitor or ExhibitorPageFactory(collectivite__short_name=short_name)


def curator_of(short_name):
    team(short_name)
    return curator(short_name)


def objects_of(short_name, count=1):
    return CraftObjectPageFactory.create_batch(count, parent=team(short_name))


def submit_for_review(page, user):
    page.title = f"{page.title} (à relire)"
    page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return page


def run_out(page, stock=0):
    CraftObjectPage.objects.filter(pk=page.pk).update(stock=stock)
    page.refresh_from_db()
    return page


def dashboard(user):
    client = Client()
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def panel(html, panel_id):
    """The text of one panel of the dashboard, or None when it is not there."""
    section = WagtailTestUtils.get_soup(html).select_one(f"#{panel_id}-section")
    return None if section is None else str(section)


def new_order(number, minutes_ago):
    order = Order.objects.create(
        number=number,
        email="claire@example.org",
        first_name="Claire",
        last_name="Dupont",
        delivery=Order.Delivery.PICKUP,
        subtotal=Decimal("48.00"),
        delivery_fee=Decimal("0.00"),
        total=Decimal("48.00"),
        vat_rate=Decimal("20.00"),
        vat_amount=Decimal("8.00"),
        reserved_until=timezone.now() + datetime.timedelta(minutes=30),
        status=Order.Status.PAID,
    )
    Order.objects.filter(pk=order.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=minutes_ago)
    )
    return order


@pytest.fixture
def in_review():
    sado = submit_for_review(objects_of("Sado")[0], curator_of("Sado"))
    noto = submit_for_review(objects_of("Noto")[0], curator_of("Noto"))
    return sado, noto


# Objects awaiting review


def test_editors_see_every_object_awaiting_review_with_a_link_to_it(in_review):
    html = panel(dashboard(editor()), "objects-pending-review")
    for page in in_review:
        assert page.title in html
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert "curateur-sado" in html  # who submitted it


def test_curators_see_only_their_own_objects_awaiting_review(in_review):
    sado, noto = in_review
    colleague = member("collegue-sado", "Curateurs – Sado")
    html = panel(dashboard(colleague), "objects-pending-review")
    assert sado.title in html
    assert noto.title not in html


def test_an_object_leaves_the_review_panel_once_approved(in_review):
    sado, _noto = in_review
    reviewer = editor()
    task_state = sado.current_workflow_task_state
    sado.current_workflow_task.on_action(task_state, reviewer, "approve")
    html = panel(dashboard(reviewer), "objects-pending-review")
    assert sado.title not in html


def test_the_review_panel_says_so_when_nothing_awaits(client):
    html = panel(dashboard(editor()), "objects-pending-review")
    assert "Aucun objet n’attend de relecture." in html


# Low stock


@pytest.fixture
def running_out(settings):
    # The demo has a score of objects at or below the threshold: restock them, so that
    # only the test's own two are low.
    CraftObjectPage.objects.filter(stock__lte=settings.SHOP_LOW_STOCK_THRESHOLD).update(stock=5)
    return run_out(objects_of("Sado")[0], 0), run_out(objects_of("Noto")[0], 1)


def test_curators_see_low_stock_of_their_own_objects_only(running_out):
    sado, noto = running_out
    html = panel(dashboard(curator_of("Sado")), "objects-low-stock")
    assert sado.title in html and "Épuisé" in html
    assert reverse("wagtailadmin_pages:edit", args=[sado.pk]) in html
    assert noto.title not in html


def test_editors_see_all_low_stock_with_links_to_edit(running_out):
    html = panel(dashboard(editor()), "objects-low-stock")
    for page in running_out:
        assert page.title in html
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html


def test_boutique_sees_all_low_stock_without_edit_links_but_with_the_report(running_out):
    html = panel(dashboard(member("vendeuse", "boutique")), "objects-low-stock")
    for page in running_out:
        assert page.title in html
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) not in html
    assert reverse("shop_low_stock") in html


def test_objects_not_on_sale_are_not_low_stock(running_out):
    sado, _noto = running_out
    CraftObjectPage.objects.filter(pk=sado.pk).update(on_sale=False)
    assert sado.title not in panel(dashboard(editor()), "objects-low-stock")


# Recent orders


def test_boutique_sees_the_five_latest_orders_with_status_and_total():
    orders = [new_order(f"TM-AAA-00{n}", minutes_ago=n) for n in range(1, 7)]
    html = panel(dashboard(member("vendeuse", "boutique")), "recent-orders")
    for order in orders[:5]:
        assert order.number in html
        assert reverse("orders:inspect", args=[order.pk]) in html
    assert orders[5].number not in html  # the oldest of six
    assert "Payée" in html and "48,00" in html


def test_curators_and_editors_see_no_orders():
    new_order("TM-BBB-001", minutes_ago=1)
    for user in [curator_of("Sado"), editor()]:
        html = dashboard(user)
        assert panel(html, "recent-orders") is None
        assert "TM-BBB-001" not in html


def test_staff_without_any_right_sees_none_of_these_panels(running_out, in_review):
    staff = member("stagiaire")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    html = dashboard(staff)
    for panel_id in ["objects-pending-review", "objects-low-stock", "recent-orders"]:
        assert panel(html, panel_id) is None


# Fixed query counts


def queries_to_render(component, user):
    """Queries of one rendering by a user fresh from the database (no permission cached)."""

    def render():
        request = RequestFactory().get("/admin/")
        request.user = type(user).objects.get(pk=user.pk)
        component.render_html({"request": request, "csrf_token": ""})

    render()  # content types and other process-wide caches warmed up
    with CaptureQueriesContext(connection) as queries:
        render()
    return len(queries)


def test_each_panel_costs_the_same_queries_for_one_item_or_many():
    reviewer = editor()
    seller = member("vendeuse", "boutique")
    sado_curator = curator_of("Sado")
    objects = objects_of("Sado", 4)

    submit_for_review(objects[0], sado_curator)
    run_out(objects[0])
    new_order("TM-CCC-001", minutes_ago=1)
    few = [
        queries_to_render(PendingReviewPanel(), reviewer),
        queries_to_render(LowStockPanel(), sado_curator),
        queries_to_render(RecentOrdersPanel(), seller),
    ]
    for page in objects[1:]:
        submit_for_review(page, sado_curator)
        run_out(page)
    for n in range(2, 6):
        new_order(f"TM-CCC-00{n}", minutes_ago=n)
    many = [
        queries_to_render(PendingReviewPanel(), reviewer),
        queries_to_render(LowStockPanel(), sado_curator),
        queries_to_render(RecentOrdersPanel(), seller),
    ]

    assert many == few
