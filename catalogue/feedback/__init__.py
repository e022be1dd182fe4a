"""Visitors' feedback on objects, for the exhibitors' «test marketing» (docs/feedback.md)."""
