"""The «boutique» group: the staff who handle orders, refunds, shop settings and stock alerts.

Idempotent (everything is get_or_create) and reversible. Page permissions are tree-based
and granted where the object pages live, with the curators' groups, not here: a member of
this group sees the low-stock report but edits stock only where a page permission allows.
"""

from django.db import migrations

GROUP_NAME = "boutique"

# Permissions on orders that are not Django's defaults, read by shop.permissions.
CUSTOM_ORDER_PERMISSIONS = {
    "fulfil_order": "Peut marquer une commande comme expédiée ou retirée",
    "refund_order": "Peut rembourser une commande",
    "view_low_stock": "Peut consulter le rapport « Stock bas »",
}

# (app_label, model, codename, name): Django's own permissions, with the name it gives them;
# created here too because on a fresh database they only appear after every migration ran.
DEFAULT_PERMISSIONS = [
    ("shop", "order", "view_order", "Can view commande"),
    ("shop", "shopsettings", "change_shopsettings", "Can change réglages de la boutique"),
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
]


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = [_permission(apps, *row) for row in DEFAULT_PERMISSIONS] + [
        _permission(apps, "shop", "order", codename, name)
        for codename, name in CUSTOM_ORDER_PERMISSIONS.items()
    ]
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(*permissions)


def remove_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name=GROUP_NAME).delete()
    # Django's own permissions stay; those this migration invented go.
    Permission.objects.filter(
        content_type__app_label="shop",
        content_type__model="order",
        codename__in=list(CUSTOM_ORDER_PERMISSIONS),
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("shop", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        # These give "choose" permissions to every group that can access the admin: run
        # them first, so that the group is the same on a new database and an old one.
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
