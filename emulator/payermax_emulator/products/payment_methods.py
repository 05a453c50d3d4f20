"""payment_methods: to be written."""
