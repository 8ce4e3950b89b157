"""Store services: plain functions taking a Session first, returning frozen records.

They never commit; the caller opens one transaction per user action (``Database.session()``).
"""
