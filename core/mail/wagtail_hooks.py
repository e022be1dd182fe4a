"""The outbox in the admin, read only: who was written to, when, and what is still waiting.

Visible to those with the «view» permission on outgoing emails (superusers; give it to a
group in Paramètres → Groupes): the messages hold the buyers' names and addresses.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import OutgoingEmail


class ViewOnlyPolicy(ModelPermissionPolicy):
    """Only the outbox changes a message: the admin may look, never add, edit or delete."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_permission(user, "view")

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a == "view"])


register_permission_policy(OutgoingEmail, ViewOnlyPolicy(OutgoingEmail))


class OutboxIndexView(IndexView):
    def get_page_subtitle(self):
        waiting = OutgoingEmail.objects.filter(
            status__in=[OutgoingEmail.Status.PENDING, OutgoingEmail.Status.SENDING]
        ).count()
        failed = OutgoingEmail.objects.filter(status=OutgoingEmail.Status.FAILED).count()
        return _("%(waiting)s en attente, %(failed)s abandonné(s)") % {
            "waiting": waiting,
            "failed": failed,
        }


class OutgoingEmailViewSet(ModelViewSet):
    model = OutgoingEmail
    icon = "mail"
    menu_label = gettext_lazy("Courriels sortants")
    add_to_settings_menu = True
    index_view_class = OutboxIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["subject", "recipients", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status"]
    search_fields = ["subject"]
    inspect_view_fields = [
        "subject",
        "sender",
        "recipients",
        "status",
        "attempts",
        "created_at",
        "next_attempt_at",
        "claimed_at",
        "sent_at",
        "last_error",
    ]
    # No form is ever shown (ViewOnlyPolicy); Wagtail still builds one for its URLs.
    form_fields = ["subject"]


@hooks.register("register_admin_viewset")
def register_outbox():
    return OutgoingEmailViewSet("outgoing_emails")
