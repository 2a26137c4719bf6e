"""The status bar's GPU answer (from a faked status) and the offline promise in Help ▸ About."""

from __future__ import annotations

import pytest

from visionagent import paths
from visionagent.core.gpu import GpuStatus

MISSING = GpuStatus(
    "no-cuda-libraries",
    "CPU (CUDA libraries missing)",
    "This PC has an NVIDIA GPU (RTX 3060) and its driver, but the CUDA libraries are missing.",
)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("VISIONAGENT_HOME", str(tmp_path / "home"))
    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    create_application()
    window = MainWindow(load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()


@pytest.mark.slow
def test_the_status_bar_shows_the_gpu_status_with_its_explanation(window, qtbot):
    label = window.gpu_label
    assert not label.isVisible()  # nothing to say before the check
    heard = []
    window.context.gpu_status_changed.connect(heard.append)  # what the Training tab listens to
    window.context.set_gpu_status(MISSING)
    assert label.isVisible() and label.text() == "CPU (CUDA libraries missing)"
    assert label.toolTip() == MISSING.explanation
    assert heard == [MISSING] and window.context.gpu_status is MISSING
    assert label in window.statusBar().findChildren(type(label))


def test_the_gpu_is_checked_in_a_worker_once_tensorflow_is_ready(qtbot, monkeypatch):
    import threading

    from visionagent.qt import gpu_label
    from visionagent.qt.context import AppContext

    threads = []

    def fake_status():
        threads.append(threading.current_thread())
        return GpuStatus("used", "GPU: RTX 3060", "TensorFlow trains on the GPU (RTX 3060).")

    monkeypatch.setattr(gpu_label.gpu, "status", fake_status)
    context = AppContext()
    label = gpu_label.GpuLabel(context)
    qtbot.addWidget(label)
    assert context.gpu_status is None
    with qtbot.waitSignal(context.gpu_status_changed, timeout=10_000):
        context.tf_ready.emit(object())
    assert label.text() == "GPU: RTX 3060" and context.gpu_status.used
    assert threads and threads[0] is not threading.main_thread()
    assert label.shutdown()


@pytest.mark.slow
def test_about_says_offline_nothing_uploaded_and_where_files_go(window):
    text = window.about_text()
    assert "uses no network at all" in text and "Nothing is uploaded" in text
    for folder in (paths.user_data_dir(), paths.user_models_dir(), paths.log_dir()):
        assert str(folder) in text
    assert "settings.ini" in text and "safe mode" in text
