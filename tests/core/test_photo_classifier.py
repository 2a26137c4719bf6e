"""A photo classifier trained on a folder (webcam captures, CIFAR-10) is usable by the Photos
tab's recognizer, and a greyscale classifier is not offered there."""

from __future__ import annotations

import numpy as np

from visionagent.core import breeds
from visionagent.core.registry import ModelRegistry, write_metadata


def _save(folder, name, shape, classes):
    from visionagent.core import backend

    keras = backend.keras()
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input(shape),
            keras.layers.Conv2D(4, 3, activation="relu"),
            keras.layers.GlobalAveragePooling2D(),
            keras.layers.Dense(len(classes), activation="softmax"),
        ]
    )
    path = folder / f"{name}.keras"
    model.save(path)
    write_metadata(
        path,
        {
            "task": "classifier",
            "class_names": classes,
            "input_shape": list(shape),
            "preprocessing": "scale01",
            "metrics": [],
            "provenance": {},
        },
    )


def test_a_colour_classifier_reads_photos_with_its_own_classes(tmp_path, tf_backend):
    _save(tmp_path, "fruit", (32, 32, 3), ["apple", "banana", "cherry"])
    _save(tmp_path, "clothes", (28, 28, 1), [str(i) for i in range(10)])
    registry = ModelRegistry([tmp_path])
    assert breeds.is_photo_model(registry.info("fruit"))
    assert not breeds.is_photo_model(registry.info("clothes"))
    recognizer = breeds.BreedRecognizer.from_registry(registry, "fruit")
    photo = np.random.default_rng(0).integers(0, 255, (90, 120, 3), dtype=np.uint8)
    result = recognizer.recognize(photo, top_k=3)
    assert {score.name for score in result.top} == {"apple", "banana", "cherry"}
    assert abs(sum(score.probability for score in result.top) - 1.0) < 1e-5
    assert result.dog_probability is None  # no ImageNet gate for the student's own classes
