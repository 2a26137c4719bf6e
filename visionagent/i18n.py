"""Translation helpers shared by the core, the CLI and the GUI.

Widgets call ``self.tr("...")``. Code outside widgets (core error messages, CLI texts) calls
:func:`translate` with a context, which ``pylupdate6`` extracts like ``QCoreApplication.translate``.
The core stays free of Qt: Qt's translator is used only when the GUI (or a CLI that asked for a
language) has already imported it; otherwise the English source text is returned.
"""

from __future__ import annotations

import re
import sys

LANGUAGES = {"en": "English", "ko": "한국어"}
DEFAULT_LANGUAGE = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` translated in ``context`` when a Qt translator is installed."""
    qtcore = sys.modules.get("PyQt6.QtCore")
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return text
    return qtcore.QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context``; translate it later with :func:`translate`."""
    return text


# Class names of the built-in data sets, shown through :func:`class_name` in the UI language.
CLASS_NAMES = (
    QT_TRANSLATE_NOOP("Classes", "airplane"),
    QT_TRANSLATE_NOOP("Classes", "automobile"),
    QT_TRANSLATE_NOOP("Classes", "bird"),
    QT_TRANSLATE_NOOP("Classes", "cat"),
    QT_TRANSLATE_NOOP("Classes", "deer"),
    QT_TRANSLATE_NOOP("Classes", "dog"),
    QT_TRANSLATE_NOOP("Classes", "frog"),
    QT_TRANSLATE_NOOP("Classes", "horse"),
    QT_TRANSLATE_NOOP("Classes", "ship"),
    QT_TRANSLATE_NOOP("Classes", "truck"),
    QT_TRANSLATE_NOOP("Classes", "T-shirt/top"),
    QT_TRANSLATE_NOOP("Classes", "Trouser"),
    QT_TRANSLATE_NOOP("Classes", "Pullover"),
    QT_TRANSLATE_NOOP("Classes", "Dress"),
    QT_TRANSLATE_NOOP("Classes", "Coat"),
    QT_TRANSLATE_NOOP("Classes", "Sandal"),
    QT_TRANSLATE_NOOP("Classes", "Shirt"),
    QT_TRANSLATE_NOOP("Classes", "Sneaker"),
    QT_TRANSLATE_NOOP("Classes", "Bag"),
    QT_TRANSLATE_NOOP("Classes", "Ankle boot"),
)


def class_name(name: str) -> str:
    """A class name of a built-in data set (CIFAR-10, Fashion-MNIST) in the UI language.

    Names the translation does not know (digits, folder names of your own data) come back as they
    are.
    """
    return translate("Classes", name) if name in CLASS_NAMES else name


# How the trainer names the split a model was measured on (stored in English in the model's .json),
# and the same in the UI language.
_DATASET_LABELS = (
    (
        re.compile(r"^MNIST test set \((?P<count>[\d,]+)\)$"),
        QT_TRANSLATE_NOOP("Datasets", "MNIST test set ({count})"),
    ),
    (
        re.compile(r"^(?P<name>.+) validation split \((?P<percent>\d+)%, seed (?P<seed>\d+)\)$"),
        QT_TRANSLATE_NOOP("Datasets", "{name} validation split ({percent}%, seed {seed})"),
    ),
    (
        re.compile(r"^(?P<name>.+) validation split \((?P<count>[\d,]+)\)$"),
        QT_TRANSLATE_NOOP("Datasets", "{name} validation split ({count})"),
    ),
    (
        re.compile(r"^(?P<name>.+) validation split$"),
        QT_TRANSLATE_NOOP("Datasets", "{name} validation split"),
    ),
    (re.compile(r"^(?P<name>.+) test set$"), QT_TRANSLATE_NOOP("Datasets", "{name} test set")),
    (
        re.compile(
            r"^foolbox 20 ImageNet photos \(foolbox (?P<version>[\d.]+) data.*\)(?P<rest>.*)$"
        ),
        QT_TRANSLATE_NOOP("Datasets", "the 20 labelled ImageNet photos of foolbox {version}"),
    ),
    (
        re.compile(r"^ImageNet-1k validation, published by the TensorFlow TPU repo.*$"),
        QT_TRANSLATE_NOOP(
            "Datasets", "ImageNet validation set (published figure, not measured here)"
        ),
    ),
    (
        re.compile(r"^PyTorch forward pass of the same weights on (?P<count>\d+) inputs$"),
        QT_TRANSLATE_NOOP("Datasets", "the PyTorch original on {count} inputs"),
    ),
)


# How model files name their models (``display_name`` in the JSON, written in English), and the
# same in the UI language.
_MODEL_LABELS = (
    (
        re.compile(r"^(?P<name>.+) — fast \((?P<size>\d+) px\)$"),
        QT_TRANSLATE_NOOP("Models", "{name} — fast ({size} px)"),
    ),
    (
        re.compile(r"^(?P<name>.+) — accurate \((?P<size>\d+) px\)$"),
        QT_TRANSLATE_NOOP("Models", "{name} — accurate ({size} px)"),
    ),
    (
        re.compile(r"^Digits CNN \((?P<members>.+)\)$"),
        QT_TRANSLATE_NOOP("Models", "Digits CNN ({members})"),
    ),
    (
        re.compile(r"^(?P<arch>.+) · (?P<data>[^·]+) · (?P<count>\d+) epochs?$"),
        QT_TRANSLATE_NOOP("Models", "{arch} · {data} · {count} epoch(s)"),
    ),
)


def model_label(text: str) -> str:
    """A model's stored display name (``"EfficientNet-Lite0 — fast (224 px)"``, ``"LeNet-5 ·
    mnist-10k · 5 epochs"``) in the UI language; other names come back as they are."""
    for pattern, template in _MODEL_LABELS:
        match = pattern.match(text)
        if match:
            parts = match.groupdict()
            if "arch" in parts:  # architecture labels are translated in the field tables
                parts["arch"] = translate("Fields", parts["arch"])
            return (
                translate("Models", template)
                .format(**parts)
                .replace("epoch(s)", "epoch" if parts.get("count") == "1" else "epochs")
            )
    return text


def dataset_label(text: str) -> str:
    """A data-set description written by the trainer or a conversion script (``"mnist-10k
    validation split (10%, seed 123)"``) in the UI language; other texts come back as they are."""
    for pattern, template in _DATASET_LABELS:
        match = pattern.match(text)
        if match:
            return translate("Datasets", template).format(**match.groupdict())
    return text


def without_mnemonic(text: str) -> str:
    """A label without its keyboard mnemonic: ``&Digits`` → ``Digits``, ``숫자 인식(&D)`` → ``숫자
    인식``."""
    text = re.sub(
        r"\s*\(&[^&\s]\)", "", text
    )  # the "(&D)" style of Korean, Japanese and Chinese labels
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def number(value: float, decimals: int = 0) -> str:
    """``value`` formatted by the UI locale (QLocale) with ``decimals`` digits after the point."""
    qtcore = sys.modules.get("PyQt6.QtCore")
    if qtcore is None:
        return f"{value:,.{decimals}f}"
    return qtcore.QLocale().toString(float(value), "f", decimals)


def percent(fraction: float, decimals: int = 1) -> str:
    """A fraction (0..1) as a percentage in the UI locale, e.g. ``12.5%``."""
    return number(100.0 * fraction, decimals) + "%"


def system_language() -> str:
    """The UI language from the system locale: ``ko`` for a Korean locale, else ``en``."""
    import locale
    import os

    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "ko" if code.lower().startswith("ko") else DEFAULT_LANGUAGE
