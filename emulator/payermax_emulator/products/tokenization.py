"""tokenization: to be written."""
