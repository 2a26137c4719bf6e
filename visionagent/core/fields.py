"""Field tables: one description of each setting, from which the GUI forms and the CLI are built.

A :class:`Field` says what a setting of a config dataclass is called, its type and range, the
special value a word stands for ("all", "textbook"), when it applies (``enabled_when``) and its
command-line flag. :mod:`visionagent.qt.kit.forms` builds the Qt form from a table,
:func:`add_arguments` / :func:`apply_arguments` the argparse options, so a new hyperparameter is
one entry here and the GUI and CLI cannot disagree. Defaults come from the config dataclass (and,
for training, from ``defaults_for(dataset)``), never from the table or the widgets.

Why not magicgui: it builds forms from annotations, but our forms need per-data-set defaults,
``enabled_when`` rules, special values, Qt-catalogue translations and the same table for argparse;
this module is small, has no dependency, and keeps the core free of Qt.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from visionagent.i18n import translate

KINDS = ("int", "float", "bool", "choice", "text")


@dataclass(frozen=True)
class Choice:
    value: Any
    label: str  # English; shown through translate("Fields", label)


@dataclass(frozen=True)
class Field:
    """One setting of a config dataclass.

    ``key`` is the attribute path (``"augmentation.rotation_deg"`` for a nested dataclass).
    ``special`` is ``(value, label)``: a value outside the range shown as a word, e.g.
    ``(None, "all")`` for "no limit"; a form shows it one step below ``minimum``.
    ``enabled_when(config)`` tells whether the setting applies to that config (LeNet-5 has no
    dropout); a form greys it out and shows ``why_disabled``.
    """

    key: str
    label: str
    kind: str
    group: str = ""
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None
    decimals: int = 0
    suffix: str = ""
    choices: tuple[Choice, ...] = ()
    special: tuple[Any, str] | None = None
    help: str = ""
    cli: str | None = None
    enabled_when: Callable[[Any], bool] | None = None
    why_disabled: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"field {self.key}: kind must be one of {KINDS}, not {self.kind!r}")

    # ------------------------------------------------------------------ text
    def title(self) -> str:
        return translate("Fields", self.label)

    def tooltip(self) -> str:
        return translate("Fields", self.help) if self.help else ""

    def choice_label(self, value: Any) -> str:
        for choice in self.choices:
            if choice.value == value:
                return translate("Fields", choice.label)
        return str(value)

    def special_label(self) -> str:
        return translate("Fields", self.special[1]) if self.special else ""

    def enabled(self, config: Any) -> bool:
        return True if self.enabled_when is None else bool(self.enabled_when(config))

    # ------------------------------------------------------------------ values
    def validate(self, value: Any) -> Any:
        """``value`` converted to the field's type; ``ValueError`` with one clear line if not."""
        if self.special is not None and value == self.special[0]:
            return value
        name = self.cli or self.key
        try:
            if self.kind == "int":
                if isinstance(value, float) and not value.is_integer():
                    raise ValueError
                value = int(value)
            elif self.kind == "float":
                value = float(value)
                if not math.isfinite(value):
                    raise ValueError(
                        translate("Fields", "{name} must be a finite number, not {value}.").format(
                            name=name, value=value
                        )
                    )
            elif self.kind == "bool":
                value = bool(value)
            elif self.kind == "text":
                value = str(value)
        except (TypeError, ValueError) as exc:
            if str(exc):
                raise
            raise ValueError(
                translate("Fields", "{name} must be a number, not {value!r}.").format(
                    name=name, value=value
                )
            ) from None
        if self.kind == "choice" and self.choices and value not in [c.value for c in self.choices]:
            raise ValueError(
                translate("Fields", "{name} must be one of {choices}, not {value!r}.").format(
                    name=name, choices=", ".join(str(c.value) for c in self.choices), value=value
                )
            )
        if self.kind in ("int", "float"):
            low, high = self.minimum, self.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                raise ValueError(
                    translate(
                        "Fields", "{name} must be between {low} and {high}, not {value}."
                    ).format(name=name, low=_number(low), high=_number(high), value=_number(value))
                )
        return value


def _number(value: float | None) -> str:
    if value is None:
        return "…"
    return f"{value:g}" if isinstance(value, float) else str(value)


# ---------------------------------------------------------------------- config access
def get_value(config: Any, key: str) -> Any:
    for part in key.split("."):
        config = getattr(config, part)
    return config


def with_value(config: Any, key: str, value: Any) -> Any:
    """A copy of the dataclass ``config`` with ``key`` (dotted) set to ``value``."""
    head, _, rest = key.partition(".")
    if not rest:
        return dataclasses.replace(config, **{head: value})
    return dataclasses.replace(config, **{head: with_value(getattr(config, head), rest, value)})


def validate_config(config: Any, fields: Iterable[Field]) -> Any:
    """Check every field's value of ``config``; ``ValueError`` names the first bad one."""
    for field in fields:
        field.validate(get_value(config, field.key))
    return config


def by_key(fields: Sequence[Field]) -> dict[str, Field]:
    return {f.key: f for f in fields}


# ---------------------------------------------------------------------- command line
def _dest(field: Field) -> str:
    return "field__" + field.key.replace(".", "__")


def add_arguments(parser: argparse.ArgumentParser, fields: Iterable[Field]) -> None:
    """One option per field with a ``cli`` flag; not given = the config's own default.

    The help is the field's tooltip (else its title) in the UI language, with its range and, for a
    special "no value" default, that word.
    """
    for field in fields:
        if not field.cli:
            continue
        help_text = field.tooltip() or field.title()
        bounded = field.minimum is not None or field.maximum is not None
        if field.kind in ("int", "float") and bounded:
            help_text += f" ({_number(field.minimum)}–{_number(field.maximum)})"
        if field.special is not None and field.special[0] is None:
            help_text = translate("Fields", "{help}; default: {value}").format(
                help=help_text, value=field.special_label()
            )
        kwargs: dict[str, Any] = {
            "dest": _dest(field),
            "default": None,
            "help": help_text.replace("%", "%%"),  # argparse %-formats help texts
        }
        if field.kind == "bool":
            parser.add_argument(field.cli, action=argparse.BooleanOptionalAction, **kwargs)
            continue
        if field.kind == "int":
            kwargs["type"] = int
        elif field.kind == "float":
            kwargs["type"] = float
        if field.kind != "choice":
            kwargs["metavar"] = field.cli.lstrip("-").replace("-", "_").upper()
        if field.kind == "choice" and field.choices:
            kwargs["choices"] = [c.value for c in field.choices]
        parser.add_argument(field.cli, **kwargs)


def given_arguments(args: argparse.Namespace, fields: Iterable[Field]) -> dict[str, Any]:
    """``{key: value}`` of the options the user gave (validated)."""
    given = {}
    for field in fields:
        if field.cli:
            value = getattr(args, _dest(field), None)
            if value is not None:
                given[field.key] = field.validate(value)
    return given


def apply_values(config: Any, values: dict[str, Any]) -> Any:
    for key, value in values.items():
        config = with_value(config, key, value)
    return config
