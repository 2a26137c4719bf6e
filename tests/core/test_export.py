"""Export: TFLite float and INT8, SavedModel and the Keras program, each checked after writing."""

from __future__ import annotations

import importlib.util
import json
import os
import py_compile
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from visionagent import paths

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A LeNet-5 the real trainer made (one epoch on 3,000 bundled digits), with its JSON."""
    from visionagent.core import backend, training

    backend.load()
    config = training.defaults_for("mnist-10k")
    config.epochs, config.limit, config.snapshot_epochs = 1, 3000, False
    result = training.train(config)
    folder = tmp_path_factory.mktemp("trained")
    path = training.save_result(result, folder / "lenet_run.keras")
    from visionagent.core.export import load_for_export

    model, info = load_for_export(str(path))
    return model, info


@pytest.fixture(scope="module")
def test_digits():
    """Digits the model never saw: MNIST test digits when present, else the last bundled ones."""
    from visionagent.core.export import data

    test = data._mnist_test()
    x, _ = test if test is not None else data._mnist_10k()
    return (x[-300:].astype(np.float32) / 255.0)[..., None]


def _keras_top(model, x):
    return np.asarray(model(x, training=False)).argmax(1)


@pytest.mark.slow
def test_tflite_float_gives_the_same_answers_as_keras_on_test_digits(
    trained, test_digits, tmp_path
):
    from visionagent.core.export import export_model, tflite

    model, info = trained
    report = export_model(model, info, "tflite", tmp_path / "digits.tflite")
    assert report.path == tmp_path / "digits.tflite" and report.path.is_file()
    assert report.size_bytes == report.path.stat().st_size > 0
    assert report.checked >= 100 and report.agreement == 1.0
    assert report.max_prob_diff < 1e-4
    assert report.keras_accuracy == report.export_accuracy > 0.5  # it learned something
    # independently of the report: the file answers like Keras on unseen test digits
    lite = tflite.run(report.path, test_digits).argmax(1)
    assert (lite == _keras_top(model, test_digits)).all()
    assert tflite.input_quantisation(report.path) is None  # float input


@pytest.mark.slow
def test_tflite_int8_agrees_with_keras_on_at_least_90_percent(trained, test_digits, tmp_path):
    from visionagent.core.export import export_model, tflite

    model, info = trained
    report = export_model(model, info, "tflite-int8", tmp_path)
    assert report.path == tmp_path / "lenet_run-int8.tflite"
    assert report.agreement >= 0.9
    assert tflite.input_quantisation(report.path) is not None  # int8 in, int8 out
    assert "mnist-10k" in report.samples
    float_size = export_model(model, info, "tflite", tmp_path / "f.tflite").size_bytes
    assert report.size_bytes < 0.5 * float_size  # 8-bit weights: about a quarter
    lite = tflite.run(report.path, test_digits).argmax(1)
    assert np.mean(lite == _keras_top(model, test_digits)) >= 0.9


@pytest.mark.slow
def test_saved_model_export_answers_like_keras_and_replaces_an_old_one(trained, tmp_path):
    from visionagent.core.export import export_model

    model, info = trained
    out = tmp_path / "served"
    first = export_model(model, info, "saved-model", out)
    assert first.path == out and (out / "saved_model.pb").is_file()
    second = export_model(model, info, "saved-model", out)
    assert second.agreement == 1.0 and second.max_prob_diff < 1e-5
    assert [p.name for p in tmp_path.iterdir()] == ["served"]  # no temporary folders left


def _load_script(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines functions; __name__ is not "__main__"
    return module


def _same_network(model, module, x):
    rebuilt = module.build_model()
    assert [type(layer).__name__ for layer in rebuilt.layers] == [
        type(layer).__name__ for layer in model.layers
    ]
    rebuilt.set_weights(model.get_weights())
    return np.abs(np.asarray(rebuilt(x)) - np.asarray(model(x))).max()


@pytest.mark.slow
def test_script_compiles_rebuilds_the_network_and_keeps_the_run_settings(trained, tmp_path):
    from visionagent.core.export import export_model

    model, info = trained
    report = export_model(model, info, "script", tmp_path / "lenet.py")
    py_compile.compile(str(report.path), doraise=True)
    module = _load_script(report.path)
    hp = info.meta["hyperparameters"]
    assert module.DATASET == "mnist-10k" and module.EPOCHS == hp["epochs"] == 1
    assert module.BATCH_SIZE == hp["batch_size"] and module.LEARNING_RATE == hp["learning_rate"]
    assert module.LIMIT == 3000 and module.SEED == hp["seed"]
    x = np.random.default_rng(0).random((3, 28, 28, 1), dtype=np.float32)
    assert _same_network(model, module, x) < 1e-6
    text = report.path.read_text(encoding="utf-8")
    assert 'Conv2D(6, (5, 5), padding="same", activation="relu"' in text  # program 8-1
    assert "Adam(learning_rate=LEARNING_RATE)" in text


@pytest.mark.slow
def test_script_quick_run_trains_and_saves_a_model(trained, tmp_path):
    from visionagent.core.export import export_model

    model, info = trained
    script = export_model(model, info, "script", tmp_path / "lenet.py").path
    out = tmp_path / "again.keras"
    env = dict(os.environ, VISIONAGENT_QUICK="1", TF_CPP_MIN_LOG_LEVEL="3")
    data = paths.resource("datasets", "mnist-10k.npz")
    done = subprocess.run(
        [sys.executable, str(script), "--data", str(data), "--out", str(out)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "saved" in done.stdout and out.is_file()
    from visionagent.core import backend

    again = backend.keras().models.load_model(out, safe_mode=True, compile=False)
    assert again.count_params() == model.count_params()


def test_augmentation_and_losses_reach_the_script(tmp_path, make_tiny_digits_model):
    """The script's settings follow the JSON: digit warp, SGD with momentum, focal loss."""
    from visionagent.core.export import export_model, load_for_export

    path = make_tiny_digits_model(tmp_path)
    meta = json.loads(path.with_suffix(".json").read_text())
    meta["hyperparameters"] = {
        "dataset": "mnist",
        "epochs": 7,
        "batch_size": 64,
        "learning_rate": 0.01,
        "optimizer": "sgd",
        "momentum": None,
        "loss": "focal",
        "lr_schedule": "cosine",
        "augmentation": {"rotation_deg": 10.0, "shear": 0.1, "elastic": 1.0, "thickness": True},
        "early_stopping": True,
        "patience": 3,
    }
    path.with_suffix(".json").write_text(json.dumps(meta))
    model, info = load_for_export(str(path))
    report = export_model(model, info, "script", tmp_path / "run.py")
    text = report.path.read_text(encoding="utf-8")
    compile(text, "run.py", "exec")
    assert "SGD(learning_rate=learning_rate, momentum=0.9)" in text
    assert "CosineDecay" in text and "CategoricalFocalCrossentropy" in text
    assert "to_categorical" in text and "keras.datasets.mnist.load_data()" in text
    assert "ELASTIC" in text and "patience=3" in text
    module = _load_script(report.path)
    assert module.EPOCHS == 7 and module.BATCH_SIZE == 64
    x = np.random.default_rng(1).random((2, 28, 28, 1), dtype=np.float32)
    assert _same_network(model, module, x) < 1e-6
    warped = np.asarray(module.augment(x))
    assert warped.shape == x.shape and 0.0 <= warped.min() and warped.max() <= 1.0


@pytest.mark.slow
def test_int8_without_the_training_data_says_so_and_float_falls_back(tmp_path, tf_backend):
    from visionagent.core import backend
    from visionagent.core.export import ExportError, export, load_for_export
    from visionagent.core.registry import write_metadata

    keras = backend.keras()
    model = keras.Sequential(
        [
            keras.Input((16, 16, 3)),
            keras.layers.Conv2D(4, 3, activation="relu"),
            keras.layers.GlobalAveragePooling2D(),
            keras.layers.Dense(3, activation="softmax"),
        ]
    )
    path = tmp_path / "shapes.keras"
    model.save(path)
    write_metadata(
        path,
        {
            "task": "classifier",
            "class_names": ["a", "b", "c"],
            "input_shape": [16, 16, 3],
            "preprocessing": "scale01",
            "hyperparameters": {"dataset": str(tmp_path / "gone")},
        },
    )
    with pytest.raises(ExportError) as caught:
        export(str(path), "tflite-int8", tmp_path / "q.tflite")
    message = str(caught.value)
    assert "gone" in message and "not on this computer" in message and "\n" not in message
    assert not (tmp_path / "q.tflite").exists()
    model, info = load_for_export(str(path))
    from visionagent.core.export import export_model

    report = export_model(model, info, "tflite", tmp_path / "f.tflite")
    assert report.agreement == 1.0 and "random" in report.samples


def test_unknown_format_is_a_clear_error(tmp_path, make_tiny_digits_model):
    from visionagent.core.export import ExportError, export

    path = make_tiny_digits_model(tmp_path)
    with pytest.raises(ExportError, match="unknown format 'onnx'"):
        export(str(path), "onnx", tmp_path)


@pytest.mark.slow
def test_saved_model_never_replaces_a_folder_that_is_not_one(tmp_path, make_tiny_digits_model):
    from visionagent.core.export import export

    path = make_tiny_digits_model(tmp_path)
    keep = tmp_path / "documents"
    keep.mkdir()
    (keep / "notes.txt").write_text("mine")
    report = export(str(path), "saved-model", keep)
    assert report.path == keep / "tiny_digits_saved_model"
    assert (keep / "notes.txt").read_text() == "mine"


@pytest.fixture(scope="module")
def shipped_digits():
    from visionagent.core.export import load_for_export

    return load_for_export("digits_cnn")


@pytest.mark.slow
def test_shipped_digits_cnn_exports_to_tflite_and_a_script_of_its_ensemble(
    shipped_digits, test_digits, tmp_path
):
    from visionagent.core.export import export_model, tflite

    model, info = shipped_digits
    report = export_model(model, info, "tflite", tmp_path, check_count=200)
    assert report.agreement == 1.0 and report.max_prob_diff < 1e-4
    lite = tflite.run(report.path, test_digits).argmax(1)
    assert (lite == _keras_top(model, test_digits)).all()
    script = export_model(model, info, "script", tmp_path).path
    module = _load_script(script)
    assert _same_network(model, module, test_digits[:4]) < 1e-5  # 3 nested members + average
    text = script.read_text(encoding="utf-8")
    assert "def build_member_1():" in text and "Average(name=" in text and "ELASTIC" in text


def _write_shapes(root: Path, per_class: int = 12) -> Path:
    import cv2

    rng = np.random.default_rng(0)
    for name in ("circles", "squares"):
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            image = np.full((40, 40, 3), int(rng.integers(0, 60)), np.uint8)
            x, y = (int(v) for v in rng.integers(12, 28, 2))
            if name == "circles":
                cv2.circle(image, (x, y), 9, (230, 200, 90), -1)
            else:
                cv2.rectangle(image, (x - 8, y - 8), (x + 8, y + 8), (90, 200, 230), -1)
            cv2.imwrite(str(root / name / f"{i:02d}.png"), image)
    return root


@pytest.mark.slow
def test_image_folder_model_int8_calibrates_on_its_folder_and_its_script_runs(tmp_path, tf_backend):
    from visionagent.core import training
    from visionagent.core.export import export, export_model, load_for_export

    root = _write_shapes(tmp_path / "shapes")
    config = training.defaults_for(str(root))
    config.arch, config.image_size, config.epochs, config.batch_size = "cifar-cnn", 32, 1, 8
    config.snapshot_epochs = False
    path = training.save_result(training.train(config), tmp_path / "shapes.keras")
    report = export(str(path), "tflite-int8", tmp_path)
    assert str(root) in report.samples and report.agreement >= 0.75
    model, info = load_for_export(str(path))
    script = export_model(model, info, "script", tmp_path / "shapes.py").path
    text = script.read_text(encoding="utf-8")
    assert "image_dataset_from_directory" in text and "RandomFlip" in text
    out = tmp_path / "again.keras"
    done = subprocess.run(
        [sys.executable, str(script), "--quick", "--data", str(root), "--out", str(out)],
        cwd=tmp_path,
        env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.is_file()
