"""PayerMax in a box: a stateful local emulator of the PayerMax gateway."""
