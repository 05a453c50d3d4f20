"""balances: to be written."""
