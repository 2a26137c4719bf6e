"""ImageNet classes with Korean names, the evaluation crop, and general recognition (8-6)."""

from __future__ import annotations

import re

import cv2
import numpy as np
import pytest

from visionagent import paths
from visionagent.core import breeds, imagenet
from visionagent.core.images import read_image
from visionagent.core.jobs import Cancelled, TaskState
from visionagent.core.registry import ModelError, ModelRegistry

SAMPLES = paths.resources_dir() / "samples"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
CAT_CLASSES = set(range(281, 286))


# --------------------------------------------------------------------------- class table
def test_every_class_has_a_distinct_korean_name():
    classes = imagenet.load_classes()
    assert len(classes) == 1000
    names = [c.name_ko for c in classes]
    assert all(HANGUL.search(n) for n in names), [
        c for c in classes if not HANGUL.search(c.name_ko)
    ]
    assert len(set(names)) == 1000
    # Dog breeds read the same as in the breeds mode.
    for breed in breeds.load_breeds():
        assert classes[breed.imagenet_index].name_ko == breed.name_ko
    # A few reviewed senses: the bird, the machine, food, vehicles, household objects.
    expected = {
        21: "솔개",
        134: "두루미",
        517: "크레인(기중기)",
        954: "바나나",
        407: "구급차",
        651: "전자레인지",
        504: "머그잔",
        281: "얼룩고양이(태비)",
        330: "솜꼬리토끼",
    }
    assert {i: classes[i].name_ko for i in expected} == expected


def test_names_follow_the_language():
    espresso = imagenet.load_classes()[967]
    assert espresso.display("ko") == "에스프레소" and espresso.display("ko_KR") == "에스프레소"
    assert espresso.display("en") == espresso.display(None) == "espresso"
    assert imagenet.localized("cup", "", "ko") == "cup"  # no Korean name: English


def test_crop_fraction_and_the_evaluation_crop_geometry():
    assert imagenet.crop_fraction({"crop": imagenet.EVAL_CROP_META}) == 0.875
    for meta in ({}, None, {"crop": "x"}, {"crop": {"fraction": 7}}, {"crop": {"fraction": "a"}}):
        assert imagenet.crop_fraction(meta) == 1.0
    image = np.zeros((300, 400, 3), np.uint8)
    image[150, 200] = 255
    prepared = imagenet.prepare_image(image, 260, imagenet.EVAL_CROP)
    assert prepared.pixels.shape == (260, 260, 3) and prepared.pixels.dtype == np.float32
    # The same square as "resize the shorter side to 260/0.875, centre-crop 260".
    assert prepared.box == (69, 19, 262, 262) and prepared.original_size == (400, 300)


def test_default_model_prefers_the_accurate_one():
    assert imagenet.default_model_name(["imagenet_efficientnet_lite0"]) == (
        "imagenet_efficientnet_lite0"
    )
    both = ["imagenet_efficientnet_lite0", "imagenet_efficientnet_lite2"]
    assert imagenet.default_model_name(both) == "imagenet_efficientnet_lite2"
    assert imagenet.default_model_name(["mine"]) == "mine"


# ------------------------------------------------------------- general recognition (8-6)
@pytest.fixture(scope="module")
def recognizer():
    found = imagenet.ImageNetRecognizer.from_registry(ModelRegistry([paths.models_dir()]))
    found.warm_up()
    return found


@pytest.mark.slow
def test_default_recognizer_is_lite2_and_names_photos(recognizer):
    assert recognizer.name == "imagenet_efficientnet_lite2"
    assert recognizer.classifier.size == 260 and recognizer.classifier.crop == 0.875
    coffee = recognizer.classify_file(SAMPLES / "coffee.png", top_k=5)
    assert coffee.sure and coffee.best.name == "espresso" and coffee.best.name_ko == "에스프레소"
    assert len(coffee.top) == 5
    assert [g.probability for g in coffee.top] == sorted(
        (g.probability for g in coffee.top), reverse=True
    )
    assert coffee.summary("ko").startswith("에스프레소 (")
    record = coffee.to_json()
    assert set(record["top"][0]) == {"wnid", "name", "name_ko", "probability"}
    cat = recognizer.classify_file(SAMPLES / "chelsea.png", top_k=3)
    assert cat.best.index in CAT_CLASSES


@pytest.mark.slow
def test_noise_is_not_sure_and_names_two_candidates(recognizer):
    noise = np.random.default_rng(0).integers(0, 256, (200, 300, 3), dtype=np.uint8)
    result = recognizer.classify(noise, top_k=1)
    assert not result.sure
    assert len(result.top) == 1 and len(result.maybe) == 2  # "maybe X or Y" even with top 1
    assert result.maybe[0] == result.top[0]
    assert result.summary() == f"Not sure — maybe {result.maybe[0].name} or {result.maybe[1].name}"
    assert result.entropy_bits > 5.0


@pytest.mark.slow
def test_batches_give_the_same_answers_as_single_photos(recognizer):
    images = [read_image(SAMPLES / n) for n in ("coffee.png", "chelsea.png", "rocket.jpg")]
    batch = recognizer.classify_batch(images, top_k=3, files=["a", "b", "c"])
    assert [r.file for r in batch] == ["a", "b", "c"]
    for image, result in zip(images, batch, strict=True):
        single = recognizer.classify(image, top_k=3)
        assert [g.index for g in single.top] == [g.index for g in result.top]
        np.testing.assert_allclose(
            [g.probability for g in single.top], [g.probability for g in result.top], atol=1e-4
        )


@pytest.mark.slow
def test_folder_run_reports_broken_files_and_can_be_cancelled(recognizer, tmp_path):
    for name in ("coffee.png", "chelsea.png"):
        (tmp_path / name).write_bytes((SAMPLES / name).read_bytes())
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8 nope")
    seen = []
    items = imagenet.classify_folder(
        TaskState(), recognizer, tmp_path, on_item=seen.append, batch_size=2
    )
    assert [i.path for i in items] == [i.path for i in seen] == sorted(i.path for i in items)
    by_name = {i.path.rsplit("/", 1)[-1]: i for i in items}
    assert (
        by_name["broken.jpg"].classification is None and "broken.jpg" in by_name["broken.jpg"].error
    )
    assert by_name["coffee.png"].classification.best.name == "espresso"
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        imagenet.classify_folder(state, recognizer, [SAMPLES / "coffee.png"])


@pytest.mark.slow
def test_gradcam_of_the_best_class_covers_the_crop_only(recognizer):
    image = read_image(SAMPLES / "chelsea.png")  # 451 × 300
    result = recognizer.classify(image)
    heatmap = recognizer.gradcam(image, result)
    assert heatmap.shape == image.shape[:2] and heatmap.dtype == np.float32
    assert heatmap.max() > 0.5
    x, y, side, _ = result.box
    assert heatmap[:, :x].max() == 0.0 and heatmap[:y].max() == 0.0
    other = recognizer.gradcam(image, index=967)  # espresso: looks elsewhere, or nowhere
    assert other.shape == heatmap.shape and not np.array_equal(other, heatmap)


@pytest.mark.slow
def test_only_imagenet_models_are_accepted(tf_backend, tmp_path):
    from visionagent.core import backend
    from visionagent.core.registry import write_metadata

    keras = backend.keras()
    model = keras.Sequential(
        [
            keras.Input((32, 32, 3)),
            keras.layers.Conv2D(2, 3),
            keras.layers.GlobalAveragePooling2D(),
            keras.layers.Dense(3, activation="softmax"),
        ]
    )
    model.save(tmp_path / "tiny.keras")
    write_metadata(
        tmp_path / "tiny.keras",
        {
            "task": "breeds",
            "class_names": ["a", "b", "c"],
            "input_shape": [32, 32, 3],
            "preprocessing": "scale01",
        },
    )
    with pytest.raises(ModelError, match="ImageNet"):
        imagenet.ImageNetRecognizer.from_registry(ModelRegistry([tmp_path]), "tiny")


def test_photo_batches_read_in_chunks(tmp_path):
    for n in range(5):
        cv2.imwrite(str(tmp_path / f"{n}.png"), np.full((8, 8, 3), n * 40, np.uint8))
    (tmp_path / "bad.png").write_bytes(b"no")
    files = sorted(tmp_path.iterdir())
    chunks = list(imagenet.photo_batches(TaskState(), files, 4))
    assert [len(c) for c in chunks] == [4, 2]
    bad = [entry for chunk in chunks for entry in chunk if entry[1] is None]
    assert len(bad) == 1 and bad[0][0].name == "bad.png" and bad[0][2]
    with pytest.raises(ValueError):
        list(imagenet.photo_batches(TaskState(), files, 0))


@pytest.mark.slow
def test_live_camera_frames_through_the_shipped_recognizer(recognizer):
    from visionagent.core import camera

    coffee = read_image(SAMPLES / "coffee.png")
    results = []
    stats = camera.live_loop(
        TaskState(),
        camera.FakeCamera(fps=None, frames=[coffee, coffee]),
        lambda frame: recognizer.classify(frame.image, top_k=3),
        lambda frame, result: results.append(result),
        poll=0.01,
    )
    assert stats.frames_read == 2 and 1 <= len(results) <= 2
    assert all(r.best.name == "espresso" and r.sure for r in results)
