from enum import StrEnum


class EnvInfoOsType(StrEnum):
    ANDROID = "ANDROID"
    IOS = "IOS"

    @classmethod
    def _missing_(cls, value: object) -> "EnvInfoOsType | None":
        """A known value in another letter case is that value (PayerMax writes some in lower case, see
        `x-payermax-aliases` in the spec). PayerMax also adds values over time: keep an unknown one as a new
        member instead of failing."""
        if not isinstance(value, str):
            return None
        for known in cls:
            if known.value.casefold() == value.casefold():
                return known
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
