"""Takedown requests: lifecycle, recipients, due dates, letters and re-upload chains."""
