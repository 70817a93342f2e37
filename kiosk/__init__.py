"""Kiosk: e化服務宅配到家."""

__version__ = "0.1.0"  # the release manifest compares against this; pyproject reads it too
