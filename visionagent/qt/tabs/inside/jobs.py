"""The Inside tab's jobs (plain functions run in workers) and the plain data they hand back.

Nothing here touches a widget: the jobs take a :class:`~visionagent.core.jobs.TaskState`, call
the core (:class:`~visionagent.core.inspector.Inspector`, :mod:`visionagent.core.cam`, the
training data sets) and return dataclasses of NumPy arrays that the tab shows.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from visionagent.core import imagenet
from visionagent.core.inspector import Inspection, Inspector, load_inspector
from visionagent.core.registry import ModelInfo
from visionagent.i18n import class_name, translate


@dataclass
class Loaded:
    """A model ready to be looked inside, and the epochs it can replay."""

    inspector: Inspector
    epochs: list[int] = field(default_factory=list)
    # weights after each epoch held in memory (a run just trained), None: the saved snapshots
    snapshots: dict[int, list[np.ndarray]] | None = None
    key: tuple = ()  # ("registry", name) or ("result", id): which model this is

    @property
    def name(self) -> str:
        return self.inspector.name


@dataclass
class Source:
    """What to look at: an array or a file, with a short description for the status line."""

    image: np.ndarray | None = None
    path: str | None = None
    label: str = ""


@dataclass
class InsideView:
    """One input through one model: the inspection, the first kernels, Grad-CAM when done."""

    inspection: Inspection
    picture: np.ndarray  # the picture as given (read from the file when a path was given)
    kernels: np.ndarray | None  # (h, w, C, K) kernels of the first convolution
    kernel_layer: str
    value_range: tuple[float, float]  # lowest and highest value of every map (global scale)
    seconds: float
    cam: Any = None  # a visionagent.core.cam.CamResult once computed
    cam_note: str = ""  # why there is no Grad-CAM


# ------------------------------------------------------------------------------ models
def load_registry_model(state, registry, name: str) -> Loaded:
    """Job: a registry model, wrapped and traced (see :func:`load_inspector`), with its epochs."""
    inspector = load_inspector(state, registry, name)
    return Loaded(inspector, inspector.epochs(), None, ("registry", name))


def result_info(result) -> ModelInfo:
    """Registry-like metadata of a finished run that may not be saved yet."""
    meta = result.metadata()
    return ModelInfo(
        name=result.display_name(),
        keras_path=Path(),
        json_path=Path(),
        task=str(meta["task"]),
        class_names=list(meta["class_names"]),
        input_shape=list(meta["input_shape"]),
        preprocessing=str(meta["preprocessing"]),
        metrics=list(meta.get("metrics", [])),
        provenance=dict(meta.get("provenance", {})),
        meta=meta,
    )


def load_result(state, result, member: int = 0) -> Loaded:
    """Job: the model of a finished training run (a TrainResult), its epochs kept in memory."""
    state.check()
    inspector = Inspector(result.model, result_info(result), member=member)
    state.check()
    inspector.warm_up()
    snapshots = {int(epoch): weights for epoch, weights in result.snapshots}
    return Loaded(inspector, sorted(snapshots), snapshots, ("result", id(result)))


def with_member(state, loaded: Loaded, member: int) -> Loaded:
    """Job: the same model showing another member of its ensemble."""
    old = loaded.inspector
    inspector = Inspector(old.original, old.info, member=member)
    state.check()
    inspector.warm_up()
    return dataclasses.replace(loaded, inspector=inspector)


# ------------------------------------------------------------------------------ one input
def use_epoch(loaded: Loaded, epoch: int | None) -> None:
    """Put the weights of ``epoch`` (None: the final ones) into the inspector."""
    inspector = loaded.inspector
    if inspector.epoch == epoch:
        return
    if epoch is None:
        inspector.set_weights(None)
    elif loaded.snapshots is not None:
        if epoch not in loaded.snapshots:
            raise ValueError(
                translate("InsideTab", "This run kept no weights of epoch {epoch}.").format(
                    epoch=epoch
                )
            )
        inspector.set_weights(loaded.snapshots[epoch], epoch)
    else:
        inspector.set_epoch(epoch)


def first_kernels(inspector: Inspector) -> tuple[np.ndarray | None, str]:
    """The kernels ``(h, w, C, K)`` of the first convolution (a depthwise layer's as ``C = 1``)."""
    first = inspector.first_convolution()
    if first is None:
        return None, ""
    weights = inspector.graph.nodes[first.index].layer.get_weights()
    if not weights or np.ndim(weights[0]) != 4:
        return None, first.path
    kernel = np.asarray(weights[0], np.float32)
    if first.kind == "depthwise_conv":
        kernel = kernel.reshape(kernel.shape[0], kernel.shape[1], 1, -1)
    return kernel, first.path


def _picture(source: Source) -> np.ndarray:
    if source.image is not None:
        return np.asarray(source.image)
    if source.path:
        from visionagent.core.images import read_image

        return read_image(source.path)
    raise ValueError(translate("InsideTab", "There is no picture to look at."))


def inspect(state, loaded: Loaded, source: Source, epoch: int | None) -> InsideView:
    """Job: ``source`` through the model with the weights of ``epoch``.

    The maps and the prediction go out at once as a partial result; Grad-CAM follows (skipped
    when a newer request is waiting: ``state.stop()``).
    """
    started = time.perf_counter()
    picture = _picture(source)
    state.check()
    use_epoch(loaded, epoch)
    inspection = loaded.inspector.run(picture)
    kernels, kernel_layer = first_kernels(loaded.inspector)
    with_maps = [row.maps for row in inspection.layers if row.maps is not None]
    low = min((float(m.min()) for m in with_maps), default=0.0)
    high = max((float(m.max()) for m in with_maps), default=1.0)
    view = InsideView(
        inspection,
        picture,
        kernels,
        kernel_layer,
        (low, high),
        time.perf_counter() - started,
    )
    state.emit_partial(view)
    if state.cancelled:
        return view
    try:
        cam = loaded.inspector.gradcam(inspection.input, inspection.prediction.best)
    except ValueError as exc:
        return dataclasses.replace(view, cam_note=str(exc))
    return dataclasses.replace(view, cam=cam)


def explain(state, loaded: Loaded, inspection: Inspection, k: int, row: int, col: int):
    """Job: the products and sum behind cell (row, col) of map ``k`` of the first convolution
    (None when the model holds other weights by now: a newer inspection follows)."""
    if loaded.inspector.epoch != inspection.epoch:
        return None
    return loaded.inspector.explain_first_cell(inspection, k, row, col)


# ------------------------------------------------------------------------------ data sets
@dataclass
class Samples:
    """A few images of a data set (float 0…1, channels last) and their labels."""

    dataset: str
    images: np.ndarray
    labels: list[str]


def load_samples(state, dataset: str, count: int = 24, image_size: int = 224) -> Samples:
    """Job: ``count`` images of a data set (or an image folder) for the inspector."""
    from visionagent.core.training import sample_images

    state.check()
    images, labels, names, value_max = sample_images(dataset, count, image_size, seed=0)
    images = np.asarray(images, np.float32) / float(value_max or 1.0)
    text = [class_name(names[int(i)]) if int(i) < len(names) else str(i) for i in labels]
    return Samples(dataset, images, text)


# ------------------------------------------------------------------------------ names
def class_labels(info, language: str) -> list[str]:
    """The model's class names in the UI language (Korean ImageNet and breed names from the
    core's tables; CIFAR-10 and Fashion-MNIST through the translation)."""
    if info is None:
        return []
    names = list(info.class_names)
    if info.task == "imagenet" and len(names) == 1000:
        return [c.display(language) for c in imagenet.load_classes()]
    if info.task == "breeds":
        from visionagent.core import breeds

        ids = list(info.meta.get("class_ids") or names)
        out = []
        for class_id, name in zip(ids, names, strict=False):
            match = breeds.WNID_CLASS.match(class_id) or breeds.WNID_CLASS.match(name)
            breed = breeds.breed_for(match.group(1)) if match else None
            if breed is None:
                out.append(name)
            else:
                out.append(imagenet.localized(breed.name_en, breed.name_ko, language))
        return out
    return [class_name(name) for name in names]
