"""ImageNet-1k class list and the photo preparation shared by the ImageNet-style models.

``resources/imagenet/classes.tsv`` holds the 1000 classes in model order: index, WordNet id
(wnid), a short English name, the full WordNet lemmas (source: timm's ``imagenet_synsets.txt``
and ``imagenet_synset_to_lemma.txt``, Apache-2.0) and a Korean name (written for VisionAgent;
see ``resources/imagenet/SOURCE.txt``). :func:`localized` picks the name for the UI language.

Photo preparation: the standard ImageNet evaluation crop (resize the shorter side to
``size / 0.875``, centre-crop ``size × size``) shows the model the central 87.5 % square of the
shorter side at ``size`` pixels. :func:`prepare_image` takes that square first and resizes it
once, which is the same square for less work. A model's ``.json`` records its crop under
``"crop"`` (:func:`crop_fraction`); models without it get the whole central square.
"""

from __future__ import annotations

import csv
import functools
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from visionagent import paths
from visionagent.core.jobs import TaskState
from visionagent.i18n import translate

EVAL_CROP = 0.875  # the standard ImageNet evaluation crop: 87.5 % of the shorter side
EVAL_CROP_META = {
    "name": "imagenet_center_crop",
    "fraction": EVAL_CROP,
    "description": "resize the shorter side to size/0.875, centre-crop size x size (the central "
    "87.5% square of the shorter side), RGB 0..255",
}


@dataclass(frozen=True)
class ImageNetClass:
    index: int
    wnid: str
    name: str
    lemmas: str
    name_ko: str = ""

    def display(self, language: str = "en") -> str:
        """The Korean name when ``language`` is ``"ko"`` (and one is known), else English."""
        return localized(self.name, self.name_ko, language)


def localized(name: str, name_ko: str, language: str | None = "en") -> str:
    """Pick the name for a UI language: Korean for ``ko*`` when known, English otherwise."""
    if language and language.lower().startswith("ko") and name_ko:
        return name_ko
    return name


def crop_fraction(meta: dict | None) -> float:
    """The fraction of the shorter side a model's photos are cropped to (1.0 when unrecorded)."""
    crop = (meta or {}).get("crop")
    if isinstance(crop, dict):
        try:
            fraction = float(crop.get("fraction", 1.0))
        except (TypeError, ValueError):
            return 1.0
        if 0.0 < fraction <= 1.0:
            return fraction
    return 1.0


def classes_path() -> Path:
    return paths.resource("imagenet", "classes.tsv")


@functools.cache
def load_classes(path: Path | None = None) -> tuple[ImageNetClass, ...]:
    """The 1000 ImageNet classes in model output order."""
    path = path or classes_path()
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    out = tuple(
        ImageNetClass(int(r["index"]), r["wnid"], r["name"], r["lemmas"], r.get("name_ko") or "")
        for r in rows
    )
    if [c.index for c in out] != list(range(len(out))):
        raise ValueError(f"{path}: class indices must be 0..N-1 in order")
    return out


def by_wnid() -> dict[str, ImageNetClass]:
    return {c.wnid: c for c in load_classes()}


@dataclass(frozen=True)
class Prepared:
    """A photo made ready for a square-input model, and where the square came from."""

    pixels: np.ndarray  # (size, size, 3) float32 RGB in 0..255
    box: tuple[int, int, int, int]  # x, y, width, height of the square in the original photo
    original_size: tuple[int, int]  # width, height of the photo


def center_square(width: int, height: int, fraction: float = 1.0) -> tuple[int, int, int, int]:
    """The central square (``fraction`` of the shorter side) as ``(x, y, side, side)``."""
    side = max(1, int(round(min(width, height) * fraction)))
    return (width - side) // 2, (height - side) // 2, side, side


def prepare_image(image: np.ndarray, size: int = 224, fraction: float = 1.0) -> Prepared:
    """Central square of an RGB uint8 photo, resized to ``size`` × ``size``, as float32 0..255.

    ``fraction`` is the square's side as a part of the shorter side: 1.0 the whole central
    square, :data:`EVAL_CROP` the standard ImageNet evaluation crop. INTER_AREA when shrinking
    (no aliasing), bicubic when enlarging.
    """
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    if image.ndim != 3 or image.shape[2] != 3:
        raise ValueError(f"expected an RGB image (H, W, 3), got shape {image.shape}")
    height, width = image.shape[:2]
    x, y, side, _ = center_square(width, height, fraction)
    crop = image[y : y + side, x : x + side]
    interpolation = cv2.INTER_AREA if side >= size else cv2.INTER_CUBIC
    resized = cv2.resize(crop, (size, size), interpolation=interpolation)
    return Prepared(
        np.ascontiguousarray(resized, dtype=np.float32), (x, y, side, side), (width, height)
    )


# ------------------------------------------------------------------------- default model
def default_model_name(available: Iterable[str]) -> str:
    """The recognizers' default among the installed ImageNet models: the accurate one (Lite2)
    when present, else the fast one (Lite0), else the first."""
    from visionagent.core import efficientnet_lite

    names = list(available)
    for name in (efficientnet_lite.DEFAULT_RECOGNIZER, efficientnet_lite.FAST_MODEL):
        if name in names:
            return name
    return names[0] if names else efficientnet_lite.DEFAULT_RECOGNIZER


def photo_batches(
    state: TaskState, files: Sequence[Path], size: int
) -> Iterator[list[tuple[Path, np.ndarray | None, str]]]:
    """Read photos ``size`` at a time: ``(path, RGB image or None, error message)`` per file.

    The next chunk is read in a helper thread while the caller works on the current one (decoding
    and the network then overlap). ``state`` is checked before each chunk (raises
    :class:`~visionagent.core.jobs.Cancelled`); an unreadable file becomes an error entry instead
    of stopping the run.
    """
    from concurrent.futures import ThreadPoolExecutor

    from visionagent.core.images import ImageError, read_image

    if size < 1:
        raise ValueError(f"batch size must be at least 1, not {size}")
    chunks = [list(files[i : i + size]) for i in range(0, len(files), size)]

    def read(chunk: list[Path]) -> list[tuple[Path, np.ndarray | None, str]]:
        out: list[tuple[Path, np.ndarray | None, str]] = []
        for path in chunk:
            if state.cancelled:
                break
            try:
                out.append((path, read_image(path), ""))
            except ImageError as exc:
                out.append((path, None, str(exc)))
        return out

    if not chunks:
        return
    with ThreadPoolExecutor(1, thread_name_prefix="photo-reader") as pool:
        pending = pool.submit(read, chunks[0])
        for number in range(len(chunks)):
            state.check()
            chunk = pending.result()
            state.check()
            if number + 1 < len(chunks):
                pending = pool.submit(read, chunks[number + 1])
            yield chunk


# ----------------------------------------------------------------- general recognition
@dataclass(frozen=True)
class Guess:
    """One line of the top-k: an ImageNet class and its probability."""

    index: int
    wnid: str
    name: str
    name_ko: str
    probability: float

    def display(self, language: str = "en") -> str:
        return localized(self.name, self.name_ko, language)

    def to_json(self) -> dict[str, Any]:
        return {
            "wnid": self.wnid,
            "name": self.name,
            "name_ko": self.name_ko,
            "probability": round(float(self.probability), 6),
        }


@dataclass
class Classification:
    """What :meth:`ImageNetRecognizer.classify` found in one photo (plain data)."""

    file: str | None
    top: list[Guess]
    sure: bool
    maybe: list[Guess] = field(default_factory=list)  # the candidates an unsure answer names
    model: str = ""
    box: tuple[int, int, int, int] = (0, 0, 0, 0)  # the square the model saw, in photo pixels
    image_size: tuple[int, int] = (0, 0)  # width, height of the photo
    seconds: float = 0.0
    entropy_bits: float = 0.0

    @property
    def best(self) -> Guess:
        return self.top[0]

    def to_json(self) -> dict[str, Any]:
        """The ``visionagent classify --json`` record."""
        return {
            "file": self.file,
            "top": [g.to_json() for g in self.top],
            "sure": self.sure,
        }

    def summary(self, language: str = "en") -> str:
        """One line for people: the best class, or "not sure — maybe X or Y"."""
        from visionagent.core.confidence import not_sure_text

        if not self.sure:
            return not_sure_text([g.display(language) for g in (self.maybe or self.top)[:2]])
        return translate("ImageNet", "{name} ({percent:.1f}%)").format(
            name=self.best.display(language), percent=100 * self.best.probability
        )


class ImageNetRecognizer:
    """Top-k of all 1000 ImageNet classes for any photo (the textbook's program 8-6)."""

    def __init__(self, model, info):
        from visionagent.core.breeds import _Classifier  # the shared model wrapper
        from visionagent.core.confidence import ConfidenceRule
        from visionagent.core.registry import ModelError

        if info.task != "imagenet" or info.num_classes != 1000:
            raise ModelError(
                info.json_path,
                translate(
                    "ImageNet",
                    "the model's task is {task!r} with {count} classes; general recognition "
                    "needs an ImageNet model with 1000 classes.",
                ).format(task=info.task, count=info.num_classes),
                translate("ImageNet", "Choose an ImageNet model."),
            )
        self.info = info
        self.classifier = _Classifier(model, info)
        self.classes = load_classes()
        self.rule = ConfidenceRule.for_mode("imagenet")  # the GUI replaces it from the settings
        self._lock = threading.Lock()  # one inference at a time, whichever thread asks

    @property
    def name(self) -> str:
        return self.info.name

    @classmethod
    def from_registry(cls, registry, name: str | None = None) -> ImageNetRecognizer:
        """Load ``name`` (default: :func:`default_model_name` of the installed models)."""
        model, info = registry.load(name or default_model_name(registry.names("imagenet")))
        return cls(model, info)

    def warm_up(self, gradcam: bool = False) -> None:
        """Trace the inference function once (the first call of a tf.function is slow)."""
        with self._lock:
            self.classifier.warm_up(gradcam=gradcam)

    def _result(
        self, probabilities: np.ndarray, prepared: Prepared, top_k: int, file, seconds: float
    ) -> Classification:
        from visionagent.core.confidence import MAYBE_COUNT, entropy_bits

        order = np.argsort(-probabilities)[: max(top_k, MAYBE_COUNT)]
        top = []
        for i in order:
            c = self.classes[int(i)]
            top.append(Guess(c.index, c.wnid, c.name, c.name_ko, float(probabilities[i])))
        verdict = self.rule.judge(probabilities)
        return Classification(
            file=file,
            top=top[:top_k],
            sure=verdict.sure,
            maybe=[] if verdict.sure else top[: len(verdict.candidates)],
            model=self.info.name,
            box=prepared.box,
            image_size=prepared.original_size,
            seconds=seconds,
            entropy_bits=entropy_bits(probabilities),
        )

    def classify(
        self, image: np.ndarray, top_k: int = 5, file: str | None = None
    ) -> Classification:
        """Top-k ImageNet classes of an RGB uint8 photo, and whether the answer is sure."""
        if top_k < 1:
            raise ValueError(f"top_k must be at least 1, not {top_k}")
        start = time.perf_counter()
        prepared = self.classifier.prepare(image)
        with self._lock:
            probabilities = self.classifier.probabilities(prepared)
        return self._result(probabilities, prepared, top_k, file, time.perf_counter() - start)

    def classify_file(self, path: Path | str, top_k: int = 5) -> Classification:
        from visionagent.core.images import read_image

        return self.classify(read_image(path), top_k=top_k, file=str(path))

    def classify_batch(
        self,
        images: Sequence[np.ndarray],
        top_k: int = 5,
        files: Sequence[str | None] | None = None,
    ) -> list[Classification]:
        """:meth:`classify` for several photos with one network call (folder runs)."""
        if top_k < 1:
            raise ValueError(f"top_k must be at least 1, not {top_k}")
        files = list(files) if files is not None else [None] * len(images)
        start = time.perf_counter()
        prepared = [self.classifier.prepare(image) for image in images]
        with self._lock:
            probabilities = self.classifier.probabilities_batch(prepared)
        seconds = (time.perf_counter() - start) / max(1, len(images))
        return [
            self._result(probabilities[n], p, top_k, file, seconds)
            for n, (p, file) in enumerate(zip(prepared, files, strict=True))
        ]

    def gradcam(
        self, image: np.ndarray, classification: Classification | None = None, index: int = -1
    ) -> np.ndarray:
        """Grad-CAM heatmap (float32 0..1) of the photo's size for class ``index`` (default: the
        best class); 0 outside the square the model saw."""
        from visionagent.core.cam import expand_heatmap

        if index < 0:
            classification = classification or self.classify(image, top_k=1)
            index = classification.best.index
        prepared = self.classifier.prepare(image)
        with self._lock:
            cam = self.classifier.gradcam(prepared, index)
        return expand_heatmap(cam, prepared.box, prepared.original_size)


def load_recognizer(
    state: TaskState, registry, name: str | None = None, gradcam: bool = True
) -> ImageNetRecognizer:
    """Job: load an ImageNet model, then warm the inference functions up."""
    state.progress(0.1, translate("ImageNet", "Loading the model…"))
    recognizer = ImageNetRecognizer.from_registry(registry, name)
    state.check()
    state.progress(0.6, translate("ImageNet", "Warming up…"))
    recognizer.warm_up(gradcam=gradcam)
    state.progress(1.0, "")
    return recognizer


@dataclass
class FolderItem:
    """One photo of a folder run: its classification, or the reason it failed."""

    path: str
    classification: Classification | None
    error: str = ""


FOLDER_BATCH = 4  # photos per network call in folder runs (bench/breeds.py)


def classify_folder(
    state: TaskState,
    recognizer: ImageNetRecognizer,
    files: Sequence[Path | str] | Path | str,
    top_k: int = 5,
    on_item: Callable[[FolderItem], None] | None = None,
    batch_size: int = FOLDER_BATCH,
) -> list[FolderItem]:
    """Job: classify every photo (a folder or a list of files), ``batch_size`` per network call;
    unreadable files become items with an error."""
    from visionagent.core.images import list_images

    if isinstance(files, (str, Path)):
        files = list_images(files)
    files = [Path(f) for f in files]
    items: list[FolderItem] = []
    for chunk in photo_batches(state, files, batch_size):
        readable = [(path, image) for path, image, _ in chunk if image is not None]
        results = iter(
            recognizer.classify_batch(
                [image for _, image in readable], top_k, [str(path) for path, _ in readable]
            )
            if readable
            else []
        )
        for path, image, error in chunk:
            item = FolderItem(str(path), None if image is None else next(results), error)
            items.append(item)
            if on_item is not None:
                on_item(item)
        state.progress(
            len(items) / len(files),
            translate("ImageNet", "{done} of {total} photos").format(
                done=len(items), total=len(files)
            ),
        )
    return items


CSV_COLUMNS = ("file", "sure", "wnid", "name", "name_ko", "probability", "top5", "error")


def write_csv(items: Sequence[FolderItem], path: Path | str) -> Path:
    """Save a folder run as CSV (UTF-8 with BOM so spreadsheet programs read Korean names)."""
    path = Path(path)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for item in items:
            found = item.classification
            if found is None:
                writer.writerow([item.path, "", "", "", "", "", "", item.error])
                continue
            best = found.best
            top = "; ".join(f"{g.name} {100 * g.probability:.1f}%" for g in found.top)
            writer.writerow(
                [
                    item.path,
                    "yes" if found.sure else "no",
                    best.wnid,
                    best.name,
                    best.name_ko,
                    f"{best.probability:.4f}",
                    top,
                    "",
                ]
            )
    return path
