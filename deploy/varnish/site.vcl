vcl 4.1;

# The shared HTTP cache in front of the app servers (deploy/varnish/README.md).
#
# The app decides what is cached: a response is kept only when it says
# `Cache-Control: public` (s-maxage for its pages, core/http_cache.py; max-age for the
# static files WhiteNoise serves) and sets no cookie. Each cached page carries the cache
# tags it was built from in an `xkey` header; the app purges them on change with
# `PURGE /` and `xkey-purge: <tags>`, so a sale or a publication reaches the next visitor.
#
# deploy/varnish/launcher.py replaces the backend's host and port and adds purger
# addresses below; in production edit them here (or let the launcher write the copy).

import xkey;

backend default {
    .host = "127.0.0.1";  # @backend-host
    .port = "8000";       # @backend-port
    .connect_timeout = 2s;
    .first_byte_timeout = 35s;  # gunicorn's own timeout is 30 s
    .between_bytes_timeout = 10s;
}

# Who may purge: the app servers. Add their addresses in production.
acl purgers {
    "127.0.0.1";
    "::1";
    # @purgers
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header missing"));
        }
        # Hard purge: the objects are gone at once, never served again in grace. Every
        # object carries the tag "site" (vcl_backend_response), so "site" empties it all.
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # What belongs to one person or to staff, whatever its headers say.
    if (req.url ~ "^/(admin|django-admin|stripe|health|o)/"
        || req.url ~ "^/[a-z]{2}(-[a-z]+)?/(boutique|ateliers|avis)/"
        || req.url ~ "^/(\?.*)?$"  # the root redirects by language cookie and header
        || req.http.Authorization) {
        return (pass);
    }

    # A session (a cart, a login) or a flash message: the page is rendered for this
    # visitor, as the app's own page cache does (core/page_cache.py).
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }

    # Any other cookie (analytics, csrftoken, the language) would split the cache or
    # reach the app for nothing: a page the app lets us share never depends on it.
    unset req.http.Cookie;

    # One variant per encoding Varnish itself can serve.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }

    return (hash);
}

sub vcl_synth {
    if (req.method == "PURGE") {
        # A line for the purger's log, not Varnish's HTML error page.
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason + {"
"};
        return (deliver);
    }
}

sub vcl_hash {
    # The load balancer says which scheme the visitor used; production redirects http.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Cached only when the app says it may be shared, and sets no cookie.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(^|[ ,])public([ ,]|$)"
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Vary == "*"
        || beresp.ttl <= 0s) {
        # Remembered as "do not cache" for a short while: no request queues behind it.
        set beresp.uncacheable = true;
        set beresp.ttl = 30s;
        return (deliver);
    }
    # Every object can be purged by "site" (snippets, settings, menus: everything).
    if (beresp.http.xkey) {
        set beresp.http.xkey = beresp.http.xkey + " site";
    } else {
        set beresp.http.xkey = "site";
    }
    # Purges keep pages right; past their TTL, a page is fetched again before it is served.
    set beresp.grace = 0s;
    if (beresp.http.Content-Type ~ "^(text/|application/(json|javascript)|image/svg)"
        && !beresp.http.Content-Encoding) {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The tags are ours: shown to the purgers' addresses when they ask (X-Cache-Debug).
    if (!(req.http.X-Cache-Debug && client.ip ~ purgers)) {
        unset resp.http.xkey;
    }
    # s-maxage was meant for this cache; no other shared cache downstream keeps the page.
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = regsub(resp.http.Cache-Control, "s-maxage=[0-9]+,?\s*", "");
        set resp.http.Cache-Control = regsub(resp.http.Cache-Control, ",\s*$", "");
        unset resp.http.Age;
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
