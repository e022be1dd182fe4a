"""Hostile values for query strings, form fields, URL paths and webhook payloads.

Random text finds what nobody thought of; the fixed lists keep the attacks bots really
send (injections, traversal, NUL bytes, broken percent-escapes) in every run, whatever
hypothesis draws, and let it shrink a failure to one of them.
"""

import json

from hypothesis import strategies as st

INJECTIONS = [
    "' OR '1'='1",
    "1; DROP TABLE shop_order; --",
    '" OR ""="',
    "1' UNION SELECT username, password FROM auth_user --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "${7*7}",
    "%(secret)s",
    "../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f",
    "\x00",
    "a\x00b",
    "\r\nSet-Cookie: x=1",
    "\u202etxt.exe",  # right-to-left override
    "👹🏯🍵",
    "金沢箔・九谷焼",
    "e\u0301\u0301\u0301",  # combining accents
    "\ufeff",
    "\ud7ff\ue000\uffff",
    " ",
    "",
    "null",
    "undefined",
    "None",
    "NaN",
    "true",
    "[]",
    "{}",
    "-",
    "%",
    "*",
    "\\",
]

NUMBERS = [
    "0",
    "-1",
    "-0",
    "1",
    "2",
    "9999999999999999999999999999",
    "-9999999999999999999999999999",
    "1e9",
    "1e999",
    "-1e-999",
    "1.5",
    "0.001",
    "1,5",
    "١٢",  # Arabic-Indic digits
    "１２",  # full-width digits
    "0x10",
    "inf",
    "-inf",
    "nan",
    "Infinity",
    "1_000",
    " 3 ",
    "+5",
    "2147483648",
    "9223372036854775808",
    "last",
]

LONG = [
    "a" * 10_000,
    "é" * 5_000,
    "漆" * 4_000,
    "%" * 10_000,
    "1" * 10_000,
]

# Any code point but surrogates (a request cannot carry them, even percent-encoded).
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)

hostile_text = st.one_of(
    st.sampled_from(INJECTIONS),
    st.sampled_from(NUMBERS),
    st.sampled_from(LONG),
    any_text,
)

hostile_number = st.one_of(
    st.sampled_from(NUMBERS),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    hostile_text,
)

# A value as it comes in a query string: one, several (?page=1&page=2) or an empty list.
hostile_values = st.lists(st.one_of(hostile_text, hostile_number), min_size=1, max_size=3)

# Raw bytes percent-escaped, including invalid UTF-8 (%ff%fe) and encoded slashes.
raw_escapes = st.one_of(
    st.sampled_from(["%ff%fe", "%c0%af", "%2f", "%2F..%2F", "%00", "%e3%81", "%%", "%zz"]),
    st.binary(min_size=1, max_size=12).map(lambda b: "".join(f"%{byte:02x}" for byte in b)),
)


def query_strings(names):
    """A raw query string (already encoded, possibly broken) over `names` and junk names."""
    from urllib.parse import quote

    pair_name = st.one_of(st.sampled_from(names), st.sampled_from(["", "x", "page[]", "tri[0]"]))
    encoded_value = st.one_of(hostile_values.map(lambda vs: quote(vs[0], safe="")), raw_escapes)
    pair = st.tuples(pair_name, encoded_value).map(lambda nv: f"{nv[0]}={nv[1]}")
    return st.lists(pair, min_size=1, max_size=6).map("&".join)


def query_dicts(names):
    """Query parameters for the test client: each name with one or more hostile values."""
    return st.dictionaries(st.sampled_from(names), hostile_values, min_size=1)


def _json_leaf():
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        hostile_text,
    )


json_values = st.recursive(
    _json_leaf(),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(any_text, children, max_size=3)
    ),
    max_leaves=8,
)


def intent_like():
    """A PaymentIntent whose fields are missing, of the wrong type, or absurd."""
    fields = {
        "id": st.one_of(hostile_text, st.integers(), st.none(), st.just("pi_unknown")),
        "object": st.one_of(st.just("payment_intent"), json_values),
        "amount": st.one_of(st.integers(), hostile_number, st.none(), json_values),
        "amount_received": st.one_of(st.integers(), hostile_number, st.none()),
        "currency": st.one_of(st.just("eur"), hostile_text, st.none(), st.integers()),
        "status": st.one_of(st.just("succeeded"), hostile_text),
        "last_payment_error": st.one_of(st.none(), json_values),
    }
    return st.fixed_dictionaries({}, optional=fields)


def webhook_events():
    """Event bodies (as Python values) that Stripe would never send."""
    event_type = st.one_of(
        st.sampled_from(
            ["payment_intent.succeeded", "payment_intent.payment_failed", "charge.refunded"]
        ),
        hostile_text,
        st.integers(),
        st.none(),
    )
    data = st.one_of(
        st.fixed_dictionaries({"object": intent_like()}),
        json_values,
        st.just({}),
    )
    event = st.fixed_dictionaries(
        {},
        optional={
            "id": st.one_of(
                st.text(min_size=1, max_size=30).map(lambda s: "evt_fuzz_" + s),
                st.integers(),
                st.none(),
                json_values,
            ),
            "object": st.one_of(st.just("event"), json_values),
            "type": event_type,
            "api_version": st.one_of(st.just("2017-08-15"), hostile_text),
            "created": st.one_of(st.integers(), hostile_text),
            "data": data,
        },
    )
    return st.one_of(event, json_values)


def webhook_bodies():
    """Bytes: JSON of the wrong shape, not JSON, not UTF-8, huge."""
    return st.one_of(
        webhook_events().map(lambda value: json.dumps(value).encode()),
        st.binary(max_size=200),
        st.sampled_from([b"", b"{", b"\xff\xfe", b"null", b"[]", b"\x00" * 10, b"{" * 5000]),
        st.just(b'{"id": "evt_x", "data": {"object": {}}, "pad": "' + b"a" * 1_000_000 + b'"}'),
    )


def fuzz(max_examples: int, **overrides):
    """Hypothesis settings for a fuzz test: requests are slow (no deadline), the Django
    client and db fixtures are shared by a test's examples (each one checks its own
    writes), and no example database is left in the working tree. Derandomized: the same
    inputs on every run and machine, so a failure in CI reproduces locally; set
    FUZZ_RANDOM=1 to explore new ones."""
    import os

    from hypothesis import HealthCheck, settings

    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
        derandomize=not os.environ.get("FUZZ_RANDOM"),
        print_blob=True,
        **overrides,
    )
