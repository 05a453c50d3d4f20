from enum import StrEnum


class PayoutPayerMerchantCategoryCode(StrEnum):
    ADVERTISING_SERVICES = "ADVERTISING_SERVICES"
    COMPUTER_NETWORKS_AND_INFORMATION_SERVICES = "COMPUTER_NETWORKS_AND_INFORMATION_SERVICES"
    COURIER_SERVICES_AIR_AND_GROUND_AND_FREIGHT_FORWARDERS = "COURIER_SERVICES_AIR_AND_GROUND_AND_FREIGHT_FORWARDERS"
    DIGITAL_GOODS_APPLICATION = "DIGITAL_GOODS_APPLICATION"
    DIGITAL_GOODS_MEDIA = "DIGITAL_GOODS_MEDIA"
    MISCELLANEOUS_GENERAL_MERCHANDISE = "MISCELLANEOUS_GENERAL_MERCHANDISE"
    TELECOMMUNICATION_SERVICE = "TELECOMMUNICATION_SERVICE"
    TRAVEL_AGENCIES_AND_TRAVEL_RELATED_SERVICES = "TRAVEL_AGENCIES_AND_TRAVEL_RELATED_SERVICES"
    VALUE_8 = ""

    @classmethod
    def _missing_(cls, value: object) -> "PayoutPayerMerchantCategoryCode | None":
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
