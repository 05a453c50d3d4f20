from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.env_info_os_type import EnvInfoOsType
from ..models.env_info_terminal_type import EnvInfoTerminalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvInfo")


@_attrs_define
class EnvInfo:
    """The payer's device, as far as the merchant knows it."""

    device_id: str | Unset = UNSET
    """ The merchant's identifier for the device. """
    device_language: str | Unset = UNSET
    """ Default language of the device """
    screen_height: int | str | Unset = UNSET
    """ Screen height in pixels (PayerMax accepts a string or a number). """
    screen_width: int | str | Unset = UNSET
    """ Screen width in pixels (PayerMax accepts a string or a number). """
    user_agent: str | Unset = UNSET
    """ The payer's browser user agent. """
    client_ip: str | Unset = UNSET
    """ The payer's IP address. """
    terminal_type: EnvInfoTerminalType | Unset = UNSET
    """ Kind of terminal. PayerMax also takes the values in lower case; the SDK sends upper case. """
    os_type: EnvInfoOsType | Unset = UNSET
    """ Operating system of a WAP or APP terminal. PayerMax also takes lower case; the SDK sends upper case. """
    os_version: str | Unset = UNSET
    """ Operating system version. """
    browser_type: str | Unset = UNSET
    """ Browser kind. """
    time_zone: str | Unset = UNSET
    """ Time zone of the device. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        device_language = self.device_language

        screen_height: int | str | Unset
        if isinstance(self.screen_height, Unset):
            screen_height = UNSET
        else:
            screen_height = self.screen_height

        screen_width: int | str | Unset
        if isinstance(self.screen_width, Unset):
            screen_width = UNSET
        else:
            screen_width = self.screen_width

        user_agent = self.user_agent

        client_ip = self.client_ip

        terminal_type: str | Unset = UNSET
        if not isinstance(self.terminal_type, Unset):
            terminal_type = self.terminal_type.value

        os_type: str | Unset = UNSET
        if not isinstance(self.os_type, Unset):
            os_type = self.os_type.value

        os_version = self.os_version

        browser_type = self.browser_type

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if device_language is not UNSET:
            field_dict["deviceLanguage"] = device_language
        if screen_height is not UNSET:
            field_dict["screenHeight"] = screen_height
        if screen_width is not UNSET:
            field_dict["screenWidth"] = screen_width
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if client_ip is not UNSET:
            field_dict["clientIp"] = client_ip
        if terminal_type is not UNSET:
            field_dict["terminalType"] = terminal_type
        if os_type is not UNSET:
            field_dict["osType"] = os_type
        if os_version is not UNSET:
            field_dict["osVersion"] = os_version
        if browser_type is not UNSET:
            field_dict["browserType"] = browser_type
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "deviceId"
            device_id = d.pop("deviceId", UNSET)

            _at = "deviceLanguage"
            device_language = d.pop("deviceLanguage", UNSET)

            _at = "screenHeight"

            def _parse_screen_height(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(int | str | Unset, data)

            screen_height = _parse_screen_height(d.pop("screenHeight", UNSET))

            _at = "screenWidth"

            def _parse_screen_width(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(int | str | Unset, data)

            screen_width = _parse_screen_width(d.pop("screenWidth", UNSET))

            _at = "userAgent"
            user_agent = d.pop("userAgent", UNSET)

            _at = "clientIp"
            client_ip = d.pop("clientIp", UNSET)

            _at = "terminalType"
            _terminal_type = d.pop("terminalType", UNSET)
            terminal_type: EnvInfoTerminalType | Unset
            if isinstance(_terminal_type, Unset):
                terminal_type = UNSET
            else:
                terminal_type = EnvInfoTerminalType(_terminal_type)

            _at = "osType"
            _os_type = d.pop("osType", UNSET)
            os_type: EnvInfoOsType | Unset
            if isinstance(_os_type, Unset):
                os_type = UNSET
            else:
                os_type = EnvInfoOsType(_os_type)

            _at = "osVersion"
            os_version = d.pop("osVersion", UNSET)

            _at = "browserType"
            browser_type = d.pop("browserType", UNSET)

            _at = "timeZone"
            time_zone = d.pop("timeZone", UNSET)

            env_info = cls(
                device_id=device_id,
                device_language=device_language,
                screen_height=screen_height,
                screen_width=screen_width,
                user_agent=user_agent,
                client_ip=client_ip,
                terminal_type=terminal_type,
                os_type=os_type,
                os_version=os_version,
                browser_type=browser_type,
                time_zone=time_zone,
            )

            env_info.additional_properties = d
        except Exception as exc:
            raise _spec_violation("EnvInfo", _at, exc) from exc
        return env_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
