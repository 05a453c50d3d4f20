"""pay_by_link: to be written."""
