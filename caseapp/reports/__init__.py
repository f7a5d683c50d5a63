"""reportlab documents: police report, takedown letters, recovery kit."""
