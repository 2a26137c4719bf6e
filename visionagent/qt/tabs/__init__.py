"""The four tabs. Each module defines one ``QWidget`` subclass taking an :class:`AppContext`.

Optional methods the main window calls: ``open_path(path) -> bool`` (File ▸ Open image…, drag
and drop) and ``shutdown()`` (cancel and wait for background work before the window closes).
"""
