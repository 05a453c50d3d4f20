"""The bottom layer: SQLite storage, the column codec, the clock, money and the refusal type.

Nothing here knows a product, a merchant or HTTP; everything above builds on it.
"""
