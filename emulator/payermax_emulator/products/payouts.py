"""payouts: to be written."""
