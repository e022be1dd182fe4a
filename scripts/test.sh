#!/usr/bin/env bash
# The whole test suite, as `make test` and CI run it.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export DJANGO_SETTINGS_MODULE=config.settings.test

# Browser tests drive Debian's Chromium; install it when missing (root on these machines).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "==> Chromium absent : installation du paquet Debian « chromium »"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "==> Chromium absent et pas de droits root : les tests navigateur seront signalés en échec."
  fi
fi

# tests/deploy/test_varnish.py runs the pages through Varnish with the xkey vmod, as
# production does (deploy/varnish/): Debian's varnish and varnish-modules.
if [ ! -x /usr/sbin/varnishd ] || ! ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "==> Varnish absent : installation des paquets Debian « varnish » et « varnish-modules »"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null
  else
    echo "==> Varnish absent et pas de droits root : les tests à travers Varnish seront sautés."
  fi
fi

# Screenshots of the Japanese pages need a Japanese font (Debian's Noto CJK).
if ! fc-list :lang=ja 2>/dev/null | grep -q .; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "==> Police japonaise absente : installation du paquet Debian « fonts-noto-cjk »"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
  else
    echo "==> Police japonaise absente : les captures des pages japonaises montreront des carrés."
  fi
fi

echo "==> Ruff"
$BIN/ruff check .
echo "==> Dépendances entre applications (import-linter, docs/architecture.md)"
$BIN/lint-imports --no-cache
echo "==> Migrations à jour"
$BIN/python manage.py makemigrations --check --dry-run >/dev/null || {
  echo "Des modèles ont changé sans migration : lancez « manage.py makemigrations »."; exit 1; }

echo "==> Catalogues de traduction (fr, en, ja)"
# New source strings become untranslated entries: test_message_catalogues.py then fails on
# them in English and Japanese. French, the source language, mirrors the msgids.
$BIN/python manage.py makemessages -l fr -l en -l ja --no-obsolete --ignore=.venv \
  --ignore=test-artifacts --ignore=node_modules --ignore="*/demo/data/*" >/dev/null
$BIN/python scripts/fill_french_catalogue.py
$BIN/python manage.py compilemessages --ignore=.venv >/dev/null

echo "==> Tests (SQLite, cache mémoire locale)"
$BIN/python -m pytest "$@"

# PostgreSQL is production's database: where a server listens, the suite runs there too.
listening() {
  $BIN/python -c "import socket,sys; socket.create_connection(('127.0.0.1', $1), timeout=1).close()" 2>/dev/null
}
if listening 5432; then
  redis_note="cache mémoire locale"
  if listening 6379; then
    export REDIS_URL=${TEST_REDIS_URL:-redis://127.0.0.1:6379/15}
    redis_note="cache Redis sur 127.0.0.1:6379"
  fi
  echo "==> Tests (PostgreSQL sur 127.0.0.1:5432, $redis_note)"
  DATABASE_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres} \
    $BIN/python -m pytest -m "not browser" "$@"
else
  echo "==> PostgreSQL absent de 127.0.0.1:5432 : suite non rejouée sur PostgreSQL."
fi
