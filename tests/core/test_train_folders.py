"""Image folders as training data: read the app's one way, scanned first, unreadable files named
and skipped, cached in memory when small, streamed from disk otherwise."""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from visionagent.core import images
from visionagent.core import training as tr
from visionagent.core.training import folders

sys.path.insert(0, str(Path(__file__).parent))
from test_training import write_shapes  # noqa: E402


def add_bad_files(root: Path) -> list[str]:
    """Unreadable files of four kinds, and a text file that is no image at all."""
    (root / "circle" / "truncated.png").write_bytes((root / "circle" / "000.png").read_bytes()[:60])
    (root / "circle" / "random.jpg").write_bytes(np.random.default_rng(0).bytes(3000))
    (root / "square" / "empty.png").write_bytes(b"")
    (root / "square" / "folder.jpg").mkdir()  # a folder with an image name
    (root / "square" / "notes.txt").write_text("not an image")
    return ["truncated.png", "random.jpg", "empty.png"]


def test_unreadable_images_are_named_and_skipped(tmp_path):
    root = write_shapes(tmp_path / "shapes", per_class=6)
    bad = add_bad_files(root)
    data = tr.load_image_folder(root, image_size=32, validation_split=0.25, seed=1)
    skipped = {s.path.name: s.problem for s in data.skipped}
    assert set(skipped) == set(bad)  # the folder named .jpg is not a file; .txt is no image
    assert all(skipped.values())
    assert data.num_train + data.num_val == 12
    assert not set(bad) & {p.name for p in data.train_files + data.val_files}
    assert data.cached and data.train_images.shape == (data.num_train, 32, 32, 3)


def test_a_folder_of_only_unreadable_images_stops_before_training(tmp_path):
    root = tmp_path / "broken"
    for name in ("a", "b"):
        (root / name).mkdir(parents=True)
        (root / name / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n garbage")
    with pytest.raises(tr.DatasetUnavailable, match="none of its 2 image file.*x.png"):
        tr.load_image_folder(root, image_size=32)


def test_images_are_read_the_apps_one_way(tmp_path):
    """Every extension of core.images, the centre square resized like the recognizers do."""
    root = tmp_path / "kinds"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    wide = np.zeros((40, 80, 3), np.uint8)
    wide[:, 20:60] = (255, 0, 0)  # a red centre square in RGB, black sides
    for ext in images.EXTENSIONS:
        cv2.imwrite(str(root / "a" / f"wide{ext}"), wide[:, :, ::-1])
    (root / "b" / "ignored.gif").write_bytes(b"GIF89a")  # not in the app's list
    cv2.imwrite(str(root / "b" / "one.png"), wide[:, :, ::-1])
    data = tr.load_image_folder(root, image_size=20, validation_split=0.0)
    assert sorted(p.suffix for p in data.train_files) == sorted([*images.EXTENSIONS, ".png"])
    assert not data.skipped
    lossless = data.train_images[
        [p.suffix != ".jpg" and p.suffix != ".jpeg" for p in data.train_files]
    ]
    assert np.all(lossless[..., 0] > 250) and np.all(lossless[..., 1:] < 5)  # only the square
    expected = folders.read_prepared(root / "a" / "wide.png", 20)
    from visionagent.core.imagenet import prepare_image

    direct = prepare_image(images.read_image(root / "a" / "wide.png"), 20).pixels
    np.testing.assert_array_equal(expected, direct.astype(np.uint8))


def test_limit_scans_only_the_files_it_keeps(tmp_path, monkeypatch):
    root = write_shapes(tmp_path / "shapes", per_class=10)
    scanned = []
    real = folders._try_read
    monkeypatch.setattr(folders, "_try_read", lambda p, s: scanned.append(p) or real(p, s))
    data = tr.load_image_folder(root, image_size=32, validation_split=0.2, limit=4)
    assert (data.num_train, data.num_val) == (4, 1) and len(scanned) == 5


def _batches(data, **kwargs):
    ds = data.training_batches(4, tr.BatchShaping(), seed=3)
    return [(np.asarray(x), np.asarray(y)) for x, y in ds]


@pytest.mark.slow
def test_streamed_folders_give_the_same_images_and_skip_files_gone_since(tmp_path, tf_backend):
    root = write_shapes(tmp_path / "shapes", per_class=5)
    cached = tr.load_image_folder(root, image_size=32, validation_split=0.2, seed=4)
    streamed = tr.load_image_folder(
        root, image_size=32, validation_split=0.2, seed=4, cache_bytes=0
    )
    assert cached.cached and not streamed.cached
    assert streamed.train_files == cached.train_files

    def by_sum(batches):
        return sorted(
            (float(x.sum()), int(y)) for xs, ys in batches for x, y in zip(xs, ys, strict=True)
        )

    assert by_sum(_batches(streamed)) == by_sum(_batches(cached))
    streamed.train_files[0].write_bytes(b"")  # damaged after the scan
    assert len(by_sum(_batches(streamed))) == streamed.num_train - 1  # skipped, no traceback
    evaluated = sum(len(y) for _, y in streamed.evaluation_batches(2))
    assert evaluated == streamed.num_val


@pytest.mark.slow
def test_a_run_on_a_folder_with_bad_files_reports_them_at_the_start(tmp_path, tf_backend):
    root = write_shapes(tmp_path / "shapes", per_class=6)
    bad = add_bad_files(root)
    started = []

    class Listener:
        on_start = started.append

        def on_batch(self, info):
            pass

        def on_epoch(self, info):
            pass

    config = tr.TrainConfig(
        dataset=str(root), arch="lenet5", image_size=32, epochs=1, batch_size=4,
        validation_split=0.25,
    )  # fmt: skip
    result = tr.train(config, Listener())
    info = started[0]
    assert info["skipped_count"] == 3
    assert {Path(s["file"]).name for s in info["skipped"]} == set(bad)
    assert result.test_accuracy is not None and result.metadata()["skipped_files"] == 3
