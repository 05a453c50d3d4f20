"""disputes: to be written."""
