"""Who sees the attendee lists: the «boutique» group and the «Éditeurs» group.

Reading a workshop's bookings (names, emails, phones) needs `workshops.view_booking`;
cancelling one, `workshops.cancel_booking`. Both groups are looked up by name and created
if missing (the shop's migrations create «boutique», the roles «Éditeurs», each with
get_or_create as well), so the order in which they run does not matter: this migration
depends on no shop migration, since the shop is built on top of the workshops.
Idempotent and reversible.
"""

from django.db import migrations

GROUP_NAMES = ["boutique", "Éditeurs"]

# (codename, name): Django's own view permission and the custom one of Booking.Meta,
# created here because on a fresh database they only appear after every migration ran.
PERMISSIONS = [
    ("view_booking", "Can view réservation d’atelier"),
    ("cancel_booking", "Peut annuler une réservation d’atelier"),
]


def _permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="workshops", model="booking")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    booking_permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in PERMISSIONS
    ]
    return access_admin, booking_permissions


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    access_admin, booking_permissions = _permissions(apps)
    for name in GROUP_NAMES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin, *booking_permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="workshops",
        content_type__model="booking",
        codename__in=[codename for codename, _ in PERMISSIONS],
    )
    # The groups stay: other parts of the project give them their other permissions.
    for group in Group.objects.filter(name__in=GROUP_NAMES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        # These give "choose" permissions to every group that can access the admin: run
        # them first, so that the groups are the same on a new database and an old one.
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
