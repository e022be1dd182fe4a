#!/usr/bin/env bash
# `make run`: migrate, seed the demo the first time, start localstripe (unless real Stripe
# keys are set) and serve the site on http://$HOST:$PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
STRIPE_PORT=${LOCALSTRIPE_PORT:-8420}
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-config.settings.dev}
# Links in emails, the sitemap and the API name the address served here (core/public_url.py).
export PUBLIC_BASE_URL=${PUBLIC_BASE_URL:-http://$HOST:$PORT}

$BIN/python manage.py migrate --no-input
$BIN/python manage.py compilemessages --ignore=.venv >/dev/null
$BIN/python manage.py seed_demo

if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  export STRIPE_API_BASE="http://127.0.0.1:$STRIPE_PORT"
  echo "==> Paiements : localstripe sur http://127.0.0.1:$STRIPE_PORT (carte 4242 4242 4242 4242 ; refusée : 4000 0000 0000 0341)"
  $BIN/python -m shop.localstripe_server --port "$STRIPE_PORT" &
  stripe_pid=$!
  trap 'kill $stripe_pid 2>/dev/null || true' EXIT
  $BIN/python - "$STRIPE_PORT" "http://$HOST:$PORT/stripe/webhook/" <<'PY'
import sys
from shop.localstripe_server import LocalStripe
server = LocalStripe(port=int(sys.argv[1]), timeout=30)
server.wait_until_ready()
server.register_webhook(
    sys.argv[2],
    secret="whsec_local_dev",
    events=["payment_intent.succeeded", "payment_intent.payment_failed"],
)
PY
fi

echo ""
echo "Site  : http://$HOST:$PORT/fr/"
echo "Admin : http://$HOST:$PORT/admin/ (identifiant « admin » ; mot de passe affiché ci-dessus"
echo "        à sa création, sinon : $BIN/python manage.py changepassword admin)"
echo ""
$BIN/python manage.py runserver "$HOST:$PORT"
