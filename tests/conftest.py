"""Shared fixtures: an isolated user folder, offscreen Qt, no QThread left running."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Headless Qt with a realistic 1920×1080 screen (the offscreen default is 800×600, smaller than
# the main window).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).resolve().parent / "data" / "offscreen_screen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MNIST_TEST = SHARED / "datasets" / "mnist-test"


@pytest.fixture(autouse=True, scope="session")
def _user_home(tmp_path_factory):
    """Every test session writes settings, logs and user models into a temporary folder."""
    home = tmp_path_factory.mktemp("visionagent-home")
    os.environ["VISIONAGENT_HOME"] = str(home)
    yield home


@pytest.fixture
def user_home(_user_home) -> Path:
    return _user_home


@pytest.fixture
def mnist_test_dir() -> Path:
    """The official MNIST test set beside the checkout; skip cleanly without it."""
    if not (MNIST_TEST / "t10k-images-idx3-ubyte.gz").is_file():
        pytest.skip("../shared/datasets/mnist-test is not present")
    return MNIST_TEST


@pytest.fixture
def tf_backend():
    """TensorFlow loaded (slow the first time)."""
    from visionagent.core import backend

    return backend.load()


@pytest.fixture
def make_tiny_digits_model(tf_backend):
    """``make(folder)`` saves a tiny digits CNN (two 3×3 conv layers) with valid metadata there."""
    from visionagent.core import backend
    from visionagent.core.registry import write_metadata

    def make(folder: Path) -> Path:
        keras = backend.keras()
        keras.utils.set_random_seed(0)
        model = keras.Sequential(
            [
                keras.Input((28, 28, 1)),
                keras.layers.Conv2D(4, 3, activation="relu", name="conv_a"),
                keras.layers.Conv2D(6, 3, activation="relu", name="conv_b"),
                keras.layers.MaxPooling2D(4, name="max_pooling2d"),
                keras.layers.Flatten(name="flatten"),
                keras.layers.Dense(10, activation="softmax", name="dense"),
            ]
        )
        path = Path(folder) / "tiny_digits.keras"
        model.save(path)
        write_metadata(
            path,
            {
                "task": "digits",
                "class_names": [str(i) for i in range(10)],
                "input_shape": [28, 28, 1],
                "preprocessing": "mnist",
                "metrics": [],
                "provenance": {},
            },
        )
        return path

    return make


@pytest.fixture
def app_context(qapp):
    from visionagent.qt.context import AppContext

    return AppContext()


@pytest.fixture
def main_window(qtbot, app_context):
    """The real main window; fails the test if a worker thread is still running at the end."""
    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    create_application()
    window = MainWindow(context=app_context)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()
    leftovers = [t for tab in window.tab_widgets() for t in _threads_of(tab)]
    assert not leftovers, f"threads still running after the test: {leftovers}"


def _threads_of(widget):
    from visionagent.qt.workers import TaskRunner

    return [t for runner in widget.findChildren(TaskRunner) for t in runner.running_threads()]
