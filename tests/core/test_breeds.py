"""Breed recognizer: the breed table, the shipped ImageNet model, fine-tuned models, Grad-CAM."""

from __future__ import annotations

import csv
import json
import re

import numpy as np
import pytest

from visionagent import paths
from visionagent.core import breeds
from visionagent.core.imagenet import load_classes
from visionagent.core.images import read_image
from visionagent.core.jobs import Cancelled, TaskState
from visionagent.core.registry import ModelError, ModelRegistry, write_metadata

SAMPLES = paths.resources_dir() / "samples"
CAT_CLASSES = set(range(281, 286))  # ImageNet's domestic cats: tabby … Egyptian cat


# ------------------------------------------------------------------------------ the table
def test_120_unique_stanford_breeds_with_english_and_korean_names():
    stanford = breeds.stanford_breeds()
    assert len(stanford) == 120
    assert len({b.wnid for b in stanford}) == 120
    assert len({b.name_en for b in stanford}) == 120
    assert len({b.name_ko for b in stanford}) == 120
    hangul = re.compile(r"[\uac00-\ud7a3]")
    imagenet = load_classes()
    for breed in stanford:
        assert breed.name_en.strip() and breed.name_ko.strip()
        assert hangul.search(breed.name_ko), breed
        assert re.fullmatch(r"n\d{8}-\S+", breed.stanford_dogs) and breed.stanford_dogs.startswith(
            breed.wnid
        )
        assert imagenet[breed.imagenet_index].wnid == breed.wnid
    assert stanford[0].stanford_dogs == "n02085620-Chihuahua"
    assert stanford[-1].stanford_dogs == "n02116738-African_hunting_dog"
    # Stanford Dogs = ImageNet 151–268 without the dalmatian, plus dingo, dhole, African hunting
    # dog.
    assert sorted(b.imagenet_index for b in stanford) == [
        i for i in range(151, 269) if i != 251
    ] + [273, 274, 275]


def test_imagenet_dog_classes_include_the_dalmatian():
    indices = [b.imagenet_index for b in breeds.load_breeds()]
    assert len(indices) == 121 and 251 in indices
    assert breeds.breed_for("n02110341").name_en == "Dalmatian"


# ------------------------------------------------------------------- the shipped model
@pytest.fixture(scope="module")
def shipped():
    registry = ModelRegistry([paths.models_dir()])
    recognizer = breeds.BreedRecognizer.from_registry(registry)
    recognizer.warm_up()
    return recognizer


@pytest.mark.slow
@pytest.mark.parametrize("photo", ["chelsea.png", "coffee.png"])
def test_non_dog_photos_are_not_dogs(shipped, photo):
    result = shipped.recognize_file(SAMPLES / photo)
    assert result.is_dog is False
    assert result.dog_probability < 0.5
    assert result.looks_like is not None
    assert result.summary().startswith("Not a dog")
    assert result.looks_like.name in result.summary()
    if photo == "chelsea.png":
        assert result.looks_like.index in CAT_CLASSES


@pytest.mark.slow
def test_dog_photo_top5_is_renormalised_over_breeds(shipped):
    image = read_image(SAMPLES / "bullmastiff.jpg")
    result = shipped.recognize(image, top_k=5, file="bullmastiff.jpg")
    assert result.is_dog and result.dog_probability > 0.5
    assert len(result.top) == 5
    probabilities = [s.probability for s in result.top]
    assert probabilities == sorted(probabilities, reverse=True)
    assert result.top[0].wnid == "n02108422" and result.top[0].breed == "n02108422-bull_mastiff"
    assert result.top[0].name_ko == "불마스티프"
    everything = shipped.recognize(image, top_k=200)
    assert len(everything.top) == 121
    assert sum(s.probability for s in everything.top) == pytest.approx(1.0, abs=1e-5)
    # Renormalised: each breed's share equals its ImageNet probability over the dogs' sum.
    best = result.top[0]
    raw = everything.imagenet_top  # top-k of the 1000 classes
    assert raw[0].wnid == best.wnid
    assert best.probability == pytest.approx(raw[0].probability / result.dog_probability, rel=1e-4)


@pytest.mark.slow
def test_json_record_has_the_cli_fields(shipped):
    record = shipped.recognize_file(SAMPLES / "dalmatian.jpg", top_k=3).to_json()
    assert set(record) >= {"file", "is_dog", "dog_probability", "top"}
    assert set(record["top"][0]) == {"wnid", "breed", "name", "name_ko", "probability"}
    json.dumps(record, ensure_ascii=False)
    cat = shipped.recognize_file(SAMPLES / "chelsea.png").to_json()
    assert cat["is_dog"] is False and "looks_like" in cat


@pytest.mark.slow
def test_gradcam_has_the_photo_size_and_is_zero_outside_the_square(shipped):
    image = read_image(SAMPLES / "chelsea.png")  # 451 × 300: a non-square photo
    result = shipped.recognize(image)
    heatmap = shipped.gradcam(image, result)
    assert heatmap.shape == image.shape[:2]
    assert heatmap.dtype == np.float32
    assert 0.0 <= heatmap.min() and heatmap.max() <= 1.0 and heatmap.max() > 0.5
    x, y, side, _ = result.box  # the standard evaluation crop: 87.5 % of the shorter side
    assert side == round(300 * 0.875) and (x, y) == ((451 - side) // 2, (300 - side) // 2)
    assert heatmap[:, :x].max() == 0.0 and heatmap[:, x + side :].max() == 0.0
    assert heatmap[:y].max() == 0.0 and heatmap[y + side :].max() == 0.0
    overlay = breeds.overlay_heatmap(image, heatmap)
    assert overlay.shape == image.shape and overlay.dtype == np.uint8
    assert not np.array_equal(overlay, image)


@pytest.mark.slow
def test_folder_run_and_csv(shipped, tmp_path):
    folder = tmp_path / "사진"
    folder.mkdir()
    for name in ("bullmastiff.jpg", "chelsea.png"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    (folder / "broken.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    seen = []
    rows = breeds.recognize_folder(TaskState(), shipped, folder, on_row=seen.append)
    assert [r.path for r in rows] == [r.path for r in seen]
    by_name = {p.split("/")[-1].split("\\")[-1]: r for p, r in ((r.path, r) for r in rows)}
    assert by_name["broken.jpg"].recognition is None and "broken.jpg" in by_name["broken.jpg"].error
    assert by_name["bullmastiff.jpg"].recognition.is_dog
    assert by_name["chelsea.png"].recognition.is_dog is False
    assert max(by_name["chelsea.png"].thumbnail.shape[:2]) == 64
    out = breeds.write_csv(rows, tmp_path / "result.csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for spreadsheet programs
    with open(out, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 3
    dog = next(r for r in table if r["file"].endswith("bullmastiff.jpg"))
    assert dog["is_dog"] == "yes" and dog["name_ko"] == "불마스티프"


@pytest.mark.slow
def test_default_is_lite2_and_batched_folder_runs_match_single_photos(shipped, tmp_path):
    assert shipped.name == breeds.DEFAULT_MODEL == "imagenet_efficientnet_lite2"
    names = ("bullmastiff.jpg", "dalmatian.jpg", "chelsea.png")
    for name in names:
        (tmp_path / name).write_bytes((SAMPLES / name).read_bytes())
    rows = breeds.recognize_folder(TaskState(), shipped, tmp_path, top_k=3, batch_size=2)
    for row in rows:
        single = shipped.recognize_file(row.path, top_k=3)
        assert row.recognition.is_dog == single.is_dog
        assert [s.breed for s in row.recognition.top] == [s.breed for s in single.top]
        assert row.recognition.dog_probability == pytest.approx(single.dog_probability, abs=1e-4)
    assert sum(r.recognition.is_dog for r in rows) == 2  # Lite2 spreads its dalmatian wider


@pytest.mark.slow
def test_not_sure_answers_name_two_candidates(shipped):
    strict = breeds.ConfidenceRule(threshold=0.99, margin=0.0)
    shipped.rule = shipped.imagenet_rule = strict
    try:
        dog = shipped.recognize_file(SAMPLES / "bullmastiff.jpg")
        assert not dog.sure
        assert dog.summary() == f"Not sure — maybe {dog.top[0].name} or {dog.top[1].name}"
        assert dog.summary("ko") == f"Not sure — maybe {dog.top[0].name_ko} or {dog.top[1].name_ko}"
        cat = shipped.recognize_file(SAMPLES / "chelsea.png")
        assert cat.summary().startswith("Not a dog — not sure: maybe ")
        assert cat.imagenet_top[0].name_ko in cat.summary("ko")
        assert dog.to_json()["top"][0]["breed"] == "n02108422-bull_mastiff"  # format unchanged
    finally:
        shipped.rule = breeds.ConfidenceRule.for_mode("breeds")
        shipped.imagenet_rule = breeds.ConfidenceRule.for_mode("imagenet")


@pytest.mark.slow
def test_lite0_stays_selectable_as_the_fast_model():
    registry = ModelRegistry([paths.models_dir()])
    fast = breeds.BreedRecognizer.from_registry(registry, "imagenet_efficientnet_lite0")
    assert fast.classifier.size == 224 and fast.classifier.crop == 0.875
    assert "fast" in registry.info("imagenet_efficientnet_lite0").meta["display_name"]
    assert "accurate" in registry.info("imagenet_efficientnet_lite2").meta["display_name"]
    assert fast.recognize_file(SAMPLES / "bullmastiff.jpg").top[0].wnid == "n02108422"


@pytest.mark.slow
def test_cancelled_folder_run_stops(shipped):
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        breeds.recognize_folder(state, shipped, [SAMPLES / "bullmastiff.jpg"])


# -------------------------------------------------------------- fine-tuned breed models
def _tiny_breed_model(keras, nested: bool = False):
    """A small, deterministic 3-class model taking 32×32 RGB in 0..255."""
    keras.utils.set_random_seed(7)
    layers = keras.layers
    if nested:
        backbone = keras.Sequential(
            [
                keras.Input((32, 32, 3)),
                layers.Rescaling(1 / 255.0),
                layers.Conv2D(4, 3, activation="relu", name="conv"),
            ],
            name="backbone",
        )
        return keras.Sequential(
            [
                keras.Input((32, 32, 3)),
                backbone,
                layers.GlobalAveragePooling2D(),
                layers.Dense(3, activation="softmax"),
            ]
        )
    inputs = keras.Input((32, 32, 3))
    x = layers.Rescaling(1 / 255.0)(inputs)
    x = layers.Conv2D(4, 3, activation="relu", name="conv")(x)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(3, activation="softmax", name="head_dense")(x)
    return keras.Model(inputs, outputs)


def _save(folder, name, model, meta):
    model.save(folder / f"{name}.keras")
    write_metadata(folder / f"{name}.keras", meta)


BREED_META = {
    "task": "breeds",
    "class_names": ["Chihuahua", "Japanese spaniel", "village mutt"],
    "class_ids": ["n02085620-Chihuahua", "n02085782-Japanese_spaniel", "village_mutt"],
    "input_shape": [32, 32, 3],
    "preprocessing": "efficientnet_lite",
}


@pytest.mark.slow
@pytest.mark.parametrize("nested", [False, True])
def test_fine_tuned_breed_model_uses_its_class_names(tf_backend, tmp_path, nested):
    from visionagent.core import backend

    keras = backend.keras()
    model = _tiny_breed_model(keras, nested=nested)
    _save(tmp_path, "tiny_breeds", model, BREED_META)
    recognizer = breeds.BreedRecognizer.from_registry(ModelRegistry([tmp_path]), "tiny_breeds")
    image = read_image(SAMPLES / "bullmastiff.jpg")
    result = recognizer.recognize(image, top_k=3)
    assert result.is_dog and result.dog_probability is None  # no ImageNet gate in this registry
    assert {s.breed for s in result.top} == set(BREED_META["class_ids"])
    names = {s.breed: (s.wnid, s.name, s.name_ko) for s in result.top}
    assert names["n02085620-Chihuahua"] == ("n02085620", "Chihuahua", "치와와")
    assert names["village_mutt"] == (None, "village mutt", "village mutt")
    # Same answer as the model itself on the same 32×32 input.
    small = recognizer.classifier.prepare(image).pixels[np.newaxis]
    expected = np.asarray(model(small, training=False))[0]
    best = BREED_META["class_ids"][int(np.argmax(expected))]
    assert result.top[0].breed == best
    assert result.top[0].probability == pytest.approx(float(expected.max()), abs=1e-5)
    heatmap = recognizer.gradcam(image, result)
    assert heatmap.shape == image.shape[:2] and heatmap.max() <= 1.0


@pytest.mark.slow
def test_fine_tuned_model_with_wnid_class_names_and_imagenet_gate(tf_backend, tmp_path):
    from visionagent.core import backend

    keras = backend.keras()
    meta = dict(
        BREED_META,
        class_names=["n02085620-Chihuahua", "n02085782-Japanese_spaniel", "n02110341-dalmatian"],
    )
    meta.pop("class_ids")
    _save(tmp_path, "wnid_breeds", _tiny_breed_model(keras), meta)
    registry = ModelRegistry([paths.models_dir(), tmp_path])
    recognizer = breeds.BreedRecognizer.from_registry(registry, "wnid_breeds")
    assert recognizer.gate is not None
    cat = recognizer.recognize_file(SAMPLES / "chelsea.png")
    assert cat.is_dog is False and cat.looks_like.index in CAT_CLASSES
    assert {s.name_ko for s in cat.top} == {"치와와", "재패니즈 친", "달마시안"}
    dog = recognizer.recognize_file(SAMPLES / "dalmatian.jpg")
    assert dog.is_dog and dog.to_json()["top"][0]["wnid"].startswith("n0")


@pytest.mark.slow
def test_models_of_other_tasks_are_refused(tf_backend, tmp_path):
    from visionagent.core import backend

    keras = backend.keras()
    meta = dict(BREED_META, task="digits")
    _save(tmp_path, "digits_like", _tiny_breed_model(keras), meta)
    with pytest.raises(ModelError, match="task"):
        breeds.BreedRecognizer.from_registry(ModelRegistry([tmp_path]), "digits_like")
    meta = dict(BREED_META, preprocessing="mnist")
    _save(tmp_path, "odd_prep", _tiny_breed_model(keras), meta)
    with pytest.raises(ModelError, match="preprocessing"):
        breeds.BreedRecognizer.from_registry(ModelRegistry([tmp_path]), "odd_prep")


# ------------------------------------------------------------------------------------- CLI
@pytest.mark.slow
def test_cli_json_and_unreadable_files(tmp_path, capsys):
    from visionagent.cli import main

    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a photo")
    code = main(
        [
            "breed",
            str(SAMPLES / "bullmastiff.jpg"),
            str(broken),
            str(SAMPLES / "coffee.png"),
            "--top",
            "3",
            "--json",
        ]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert "broken.jpg" in captured.err
    records = json.loads(captured.out)
    assert [r["file"] for r in records] == [
        str(SAMPLES / "bullmastiff.jpg"),
        str(SAMPLES / "coffee.png"),
    ]
    assert records[0]["is_dog"] is True and len(records[0]["top"]) == 3
    assert records[0]["top"][0]["wnid"] == "n02108422"
    assert records[1]["is_dog"] is False


@pytest.mark.slow
def test_cli_text_with_a_fine_tuned_model_file(tf_backend, tmp_path, capsys):
    from visionagent.cli import main
    from visionagent.core import backend

    _save(tmp_path, "tiny_breeds", _tiny_breed_model(backend.keras()), BREED_META)
    code = main(
        [
            "breed",
            str(SAMPLES / "dalmatian.jpg"),
            "--model",
            str(tmp_path / "tiny_breeds.keras"),
            "--top",
            "2",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "dalmatian.jpg" in out and "1. " in out and "2. " in out and "3. " not in out
    assert any(name in out for name in ("Chihuahua", "Japanese spaniel", "village mutt"))
