"""The outbox: every email is stored before it is sent, and retried until it leaves.

See backends.py (how a message enters it), outbox.py (how it is delivered, once) and
docs/production.md (the worker that retries).
"""
