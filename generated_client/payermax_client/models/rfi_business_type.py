from enum import StrEnum


class RfiBusinessType(StrEnum):
    PAYMENT = "PAYMENT"
    RECEIPT = "RECEIPT"
    VA_PAYMENT = "VA_PAYMENT"

    @classmethod
    def _missing_(cls, value: object) -> "RfiBusinessType | None":
        """PayerMax adds values over time: keep an unknown one as a new member instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this version of the client was not generated with."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)
