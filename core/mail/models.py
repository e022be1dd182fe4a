from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    """One message as it left Django (its MIME bytes), and where its delivery stands.

    PENDING → SENDING → SENT. A failed attempt puts it back to PENDING with a later
    `next_attempt_at`; after MAX_ATTEMPTS it is FAILED. A message is SENDING from just
    before the call to the mail server until its answer: one left SENDING means the process
    died in between, and it is never retried by itself (see outbox.py).
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("en attente")
        SENDING = "sending", _("envoi en cours")
        SENT = "sent", _("envoyé")
        FAILED = "failed", _("abandonné")

    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    status = models.CharField(
        _("état"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    sender = models.CharField(_("expéditeur"), max_length=998)
    # Every recipient of the envelope (To, Cc and Bcc), which the MIME headers don't all hold.
    recipients = models.JSONField(_("destinataires"))
    subject = models.CharField(_("objet"), max_length=998, blank=True)
    message = models.BinaryField(_("message"))
    attempts = models.PositiveSmallIntegerField(_("tentatives"), default=0)
    next_attempt_at = models.DateTimeField(_("prochaine tentative"), null=True, blank=True)
    claimed_at = models.DateTimeField(_("envoi commencé le"), null=True, blank=True)
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True)
    last_error = models.TextField(_("dernière erreur"), blank=True)

    class Meta:
        verbose_name = _("courriel sortant")
        verbose_name_plural = _("courriels sortants")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="mail_due")]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.recipients)}"
