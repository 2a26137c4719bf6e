"""The settings guard: no value Qt would turn into an object (a pickle, for PyQt) gets through.

The guard ports Qt's INI reader; Hypothesis writes INI files from the pieces that matter (quotes,
escapes, commas, comments, line breaks, ``@`` forms) and checks the port against Qt itself: after
:func:`visionagent.settings.clean`, Qt must read every value as plain text. Harmless variants
(``@Variant`` of an int, ``@Rect``, ``@ByteArray``, ``@Invalid``) stand in for the pickle.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visionagent import settings as va_settings

PyQt6 = pytest.importorskip("PyQt6.QtCore")
QSettings = PyQt6.QSettings

PIECES = [
    b"@Variant(\\0\\0\\0\\x2\\0\\0\\0\\0\\x5)",
    b"@Rect(1 2 3 4)",
    b"@ByteArray(ab)",
    b"@Invalid()",
    b"@@",
    b"@",
    b"\\x40",
    b"\\x",
    b"\\100",
    b"\\x10040",
    b"\\q",
    b"\\\\",
    b"\\",
    b'"',
    b",",
    b" ",
    b"\t",
    b"\n",
    b"\r",
    b";",
    b"=",
    b"[s]",
    b"[",
    b"k",
    b"a",
    b"\xc3",
    b"\xc3\xa9",
    b"Rect(1 2 3 4)",
    b"Invalid()",
    b")",
]

_counter = itertools.count()


def _qt_values(path) -> list:
    store = QSettings(str(path), QSettings.Format.IniFormat)
    # Qt cannot read back every key it lists (an empty one, one with a leading "/")
    return [store.value(k) for k in store.allKeys() if k and store.contains(k)]


def _plain(value) -> bool:
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    )


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.tuples(
            st.sampled_from([b"k", b"a", b"[s]\nk", b"key x"]),
            st.lists(st.sampled_from(PIECES), max_size=8).map(b"".join),
        ),
        min_size=1,
        max_size=5,
    )
)
@pytest.mark.slow
def test_after_cleaning_qt_reads_only_text(tmp_path_factory, lines):
    folder = tmp_path_factory.mktemp("ini", numbered=True)
    data = b"\n".join(key + b"=" + value for key, value in lines) + b"\n"
    raw = folder / f"raw{next(_counter)}.ini"
    raw.write_bytes(data)
    if any(not _plain(v) for v in _qt_values(raw)):
        assert va_settings.unsafe_lines(data), data  # the port sees what Qt sees
    cleaned = folder / f"clean{next(_counter)}.ini"
    cleaned.write_bytes(va_settings.clean(data))
    assert all(_plain(v) for v in _qt_values(cleaned)), data
    assert va_settings.unsafe_lines(va_settings.clean(data)) == []


@pytest.mark.parametrize(
    "value",
    [
        b"@Variant(\\0\\0\\0\\x2\\0\\0\\0\\0\\x5)",
        b'"@Variant(\\0\\0\\0\\x2\\0\\0\\0\\0\\x5)"',
        b'"" @Rect(1 2 3 4)',
        b"\\x40Rect(1 2 3 4)",
        b"\\100Rect(1 2 3 4)",
        b"\\x10040Rect(1 2 3 4)",
        b"\\q@Rect(1 2 3 4)",
        b"\\\n@Rect(1 2 3 4)",
        b"\\\r\n@Rect(1 2 3 4)",
        b"\\x@Rect(1 2 3 4)",
        b"a, @Rect(1 2 3 4)",
        b'"x\n y", @Rect(1 2 3 4)',
    ],
)
def test_spellings_of_a_variant_are_found(tmp_path, value):
    data = b"[window]\ntab=3\ngeometry=" + value + b"\nstate=ok\n"
    path = tmp_path / "s.ini"
    path.write_bytes(data)
    assert any(not _plain(v) for v in _qt_values(path)), "the case does not reach Qt's variants"
    assert va_settings.unsafe_lines(data)
    path.write_bytes(va_settings.clean(data))
    values = QSettings(str(path), QSettings.Format.IniFormat)
    assert values.value("window/tab") == "3"
    assert all(_plain(v) for v in _qt_values(path))


def test_plain_values_written_by_qt_are_kept(tmp_path):
    path = tmp_path / "s.ini"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    texts = ["@home", "C:\\Users\\x1\\xfiles", 'a "quoted", list', " spaced ", "é\u0007", "1"]
    for n, text in enumerate(texts):
        store.setValue(f"g/k{n}", text)
    store.sync()
    del store
    data = path.read_bytes()
    assert va_settings.unsafe_lines(data) == []
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert [again.value(f"g/k{n}") for n in range(len(texts))] == texts
