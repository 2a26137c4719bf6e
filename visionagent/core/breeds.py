"""Photo → top-k dog breeds, "is it a dog?", and a Grad-CAM heatmap (no Qt).

Two kinds of model work here, both from the registry:

* a shipped ImageNet model (task ``imagenet``, :mod:`visionagent.core.efficientnet_lite`; the
  default is EfficientNet-Lite2, Lite0 is the fast choice): the breeds are its dog classes
  (``resources/breeds/breeds.tsv``: the 120 Stanford Dogs breeds and ImageNet's dalmatian).
  ``dog_probability`` is the summed probability of those classes; ``is_dog`` is true when it
  outweighs the other 1000 − 121 classes together or when the best class is a dog. The top-k
  breeds are the dog probabilities renormalised to sum to 1; when it is not a dog, the best
  ImageNet classes say what the photo looks like instead.
* a fine-tuned breed model (task ``breeds``, e.g. trained in the Training tab on Stanford Dogs
  folders ``n02085620-Chihuahua``): its own class names (``class_ids`` when the metadata has
  them), mapped to English and Korean names through the WordNet id when there is one. The
  shipped Lite0 ImageNet model, when present, still decides "dog or not" (it is the *gate*).

Each answer carries the verdict of a :class:`~visionagent.core.confidence.ConfidenceRule`
(``sure``); an unsure one reads "not sure — maybe X or Y".

Inference goes through one ``tf.function`` per model with a fixed input signature (batch 1, so it
never retraces), warmed up once by :meth:`BreedRecognizer.warm_up` in the loading thread; folder
runs use a second one that takes batches (:func:`recognize_folder`). The shipped
EfficientNet-Lite models run with their BatchNormalization folded into the convolutions
(:func:`~visionagent.core.efficientnet_lite.fold_batch_norm`) on the standard ImageNet evaluation
crop their ``.json`` records (:func:`~visionagent.core.imagenet.crop_fraction`).
"""

from __future__ import annotations

import csv
import functools
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from visionagent import paths
from visionagent.core import cam, efficientnet_lite, outputs
from visionagent.core.cam import expand_heatmap as expand_heatmap
from visionagent.core.cam import overlay_heatmap as overlay_heatmap
from visionagent.core.confidence import MAYBE_COUNT, ConfidenceRule, not_sure_text
from visionagent.core.imagenet import (
    Prepared,
    crop_fraction,
    default_model_name,
    load_classes,
    localized,
    photo_batches,
    prepare_image,
)
from visionagent.core.images import list_images, read_image
from visionagent.core.jobs import TaskState
from visionagent.core.registry import ModelError, ModelInfo, ModelRegistry
from visionagent.i18n import translate

DEFAULT_MODEL = efficientnet_lite.DEFAULT_RECOGNIZER  # the accurate model when it is installed
GATE_MODEL = efficientnet_lite.FAST_MODEL  # decides "dog or not" for fine-tuned breed models
FOLDER_BATCH = 4  # photos per network call in folder runs (bench/breeds.py)
TASKS = ("imagenet", "breeds", "classifier")  # classifier: a photo model trained on a folder


def is_photo_model(info: ModelInfo) -> bool:
    """Whether the recognizer can use ``info``: an ImageNet, breeds or photo-classifier model
    taking colour pictures (a Fashion-MNIST classifier sees greyscale digits-sized images)."""
    shape = info.input_shape
    return info.task in TASKS and len(shape) == 3 and int(shape[-1]) == 3


WNID_CLASS = re.compile(r"^(n\d{8})[-_ ](.+)$")
# preprocessing id -> scale applied to RGB 0..255 pixels of the central square
PREPROCESSING_SCALE = {efficientnet_lite.PREPROCESSING: 1.0, "scale01": 1.0 / 255.0}


# ------------------------------------------------------------------------------ breed table
@dataclass(frozen=True)
class Breed:
    wnid: str
    imagenet_index: int
    stanford_dogs: str  # folder name like "n02085620-Chihuahua", "" when not a Stanford Dogs breed
    name_en: str
    name_ko: str

    @property
    def is_stanford(self) -> bool:
        return bool(self.stanford_dogs)


def breeds_path() -> Path:
    return paths.resource("breeds", "breeds.tsv")


@functools.cache
def load_breeds() -> tuple[Breed, ...]:
    """Every dog class of the ImageNet model, in ImageNet order (121: Stanford Dogs + dalmatian)."""
    with open(breeds_path(), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return tuple(
        Breed(r["wnid"], int(r["imagenet_index"]), r["stanford_dogs"], r["name_en"], r["name_ko"])
        for r in rows
    )


def stanford_breeds() -> list[Breed]:
    """The 120 Stanford Dogs breeds."""
    return [b for b in load_breeds() if b.is_stanford]


@functools.cache
def _breeds_by_wnid() -> dict[str, Breed]:
    return {b.wnid: b for b in load_breeds()}


def breed_for(wnid: str | None) -> Breed | None:
    return _breeds_by_wnid().get(wnid or "")


# ---------------------------------------------------------------------------------- results
@dataclass(frozen=True)
class BreedScore:
    """One line of the top-k: a breed and its probability (renormalised over the breeds)."""

    wnid: str | None
    breed: str  # the class id: Stanford Dogs folder name, or the model's own class name
    name: str  # English display name
    name_ko: str  # Korean name (the English one when unknown)
    probability: float

    def display(self, language: str = "en") -> str:
        return localized(self.name, self.name_ko, language)


@dataclass(frozen=True)
class ImageNetGuess:
    index: int
    wnid: str
    name: str
    probability: float
    name_ko: str = ""

    def display(self, language: str = "en") -> str:
        return localized(self.name, self.name_ko, language)


@dataclass
class Recognition:
    """What :meth:`BreedRecognizer.recognize` found in one photo (plain data, thread-safe to
    pass)."""

    file: str | None
    is_dog: bool
    dog_probability: float | None  # None when no ImageNet gate was available
    top: list[BreedScore]
    imagenet_top: list[ImageNetGuess] = field(default_factory=list)
    model: str = ""
    box: tuple[int, int, int, int] = (0, 0, 0, 0)  # the square the model saw, in photo pixels
    image_size: tuple[int, int] = (0, 0)  # width, height of the photo
    seconds: float = 0.0
    sure: bool = True  # the confidence rule's verdict on the answer that summary() names

    @property
    def looks_like(self) -> ImageNetGuess | None:
        return self.imagenet_top[0] if self.imagenet_top else None

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON record."""
        out: dict[str, Any] = {
            "file": self.file,
            "is_dog": self.is_dog,
            "dog_probability": None
            if self.dog_probability is None
            else round(float(self.dog_probability), 6),
            "top": [
                {
                    "wnid": s.wnid,
                    "breed": s.breed,
                    "name": s.name,
                    "name_ko": s.name_ko,
                    "probability": round(s.probability, 6),
                }
                for s in self.top
            ],
        }
        if not self.is_dog and self.looks_like is not None:
            out["looks_like"] = {
                k: (round(v, 6) if isinstance(v, float) else v)
                for k, v in asdict(self.looks_like).items()
            }
        return out

    def summary(self, language: str = "en") -> str:
        """One line for people: the best breed, or what it looks like when it is not a dog."""
        if not self.is_dog:
            guess = self.looks_like
            if guess is not None and not self.sure and len(self.imagenet_top) > 1:
                first, second = (g.display(language) for g in self.imagenet_top[:2])
                return translate(
                    "Breeds", "Not a dog — not sure: maybe {first} or {second}"
                ).format(first=first, second=second)
            if guess is not None:
                return translate("Breeds", "Not a dog — looks like {name} ({percent:.1f}%)").format(
                    name=guess.display(language), percent=100 * guess.probability
                )
            return translate("Breeds", "Not a dog")
        if not self.sure:
            return not_sure_text([s.display(language) for s in self.top[:MAYBE_COUNT]])
        best = self.top[0]
        return translate("Breeds", "{name} ({percent:.1f}%)").format(
            name=best.display(language), percent=100 * best.probability
        )


# ------------------------------------------------------------------------------- the model
class _Classifier:
    """A Keras classifier behind one ``tf.function`` with a fixed input signature."""

    def __init__(self, model, info: ModelInfo):
        from visionagent.core import backend

        tf = backend.tf()
        if info.meta.get("architecture") in efficientnet_lite.ARCHITECTURES:
            model = efficientnet_lite.fold_batch_norm(model)  # same function, faster on CPU
        self.model = model
        self.info = info
        shape = tuple(
            int(s) for s in (model.inputs[0].shape[1:] if model.inputs else info.input_shape)
        )
        if len(shape) != 3 or shape[2] != 3 or shape[0] != shape[1] or not shape[0]:
            raise ModelError(
                info.keras_path,
                translate(
                    "Breeds",
                    "the model takes {shape} inputs, but the breed recognizer needs square "
                    "colour photos.",
                ).format(shape="×".join(str(s) for s in shape)),
                translate("Breeds", "Choose a model trained on colour photos."),
            )
        if info.preprocessing not in PREPROCESSING_SCALE:
            raise ModelError(
                info.json_path,
                translate(
                    "Breeds", "unknown preprocessing {name!r} for photos (expected one of {names})."
                ).format(name=info.preprocessing, names=", ".join(PREPROCESSING_SCALE)),
                translate(
                    "Breeds",
                    "Use a model trained on an image folder or the shipped ImageNet model.",
                ),
            )
        self.size = shape[0]
        self.scale = PREPROCESSING_SCALE[info.preprocessing]
        self.outputs_kind = outputs.output_kind(model, info.outputs or info.meta.get("outputs"))
        self.outputs_probabilities = self.outputs_kind != outputs.LOGITS
        spec = tf.TensorSpec((1, self.size, self.size, 3), tf.float32, name="image")

        def predict(x):
            y = model(x, training=False)
            return y if self.outputs_probabilities else tf.nn.softmax(y, axis=-1)

        self._predict = tf.function(predict, input_signature=[spec], reduce_retracing=False)
        # Folder runs: one function for any batch size (a None dimension never retraces).
        batch_spec = tf.TensorSpec((None, self.size, self.size, 3), tf.float32, name="images")
        self._predict_batch = tf.function(predict, input_signature=[batch_spec])
        self._gradcam = None
        self._spec = spec
        self.crop = crop_fraction(info.meta)

    def prepare(self, image: np.ndarray) -> Prepared:
        return prepare_image(image, self.size, self.crop)

    def probabilities_batch(self, prepared: Sequence[Prepared]) -> np.ndarray:
        """``(N, classes)`` probabilities of several prepared photos in one network call."""
        if not prepared:
            return np.zeros((0, self.info.num_classes))
        batch = (np.stack([p.pixels for p in prepared]) * self.scale).astype(np.float32)
        raw = np.asarray(self._predict_batch(batch))
        kind = outputs.PROBABILITIES if self.outputs_kind == outputs.LOGITS else self.outputs_kind
        return outputs.to_probabilities(raw, kind)

    def probabilities(self, prepared: Prepared) -> np.ndarray:
        batch = (prepared.pixels * self.scale)[np.newaxis].astype(np.float32)
        raw = np.asarray(self._predict(batch))  # logits were turned into probabilities inside
        kind = outputs.PROBABILITIES if self.outputs_kind == outputs.LOGITS else self.outputs_kind
        return outputs.to_probabilities(raw, kind)[0]

    def warm_up(self, gradcam: bool = False) -> None:
        blank = np.zeros((1, self.size, self.size, 3), np.float32)
        self._predict(blank)
        if gradcam:
            self._gradcam_fn().warm_up()

    # ---- Grad-CAM (visionagent.core.cam: also through a nested backbone, Score-CAM fallback)
    def _gradcam_fn(self) -> cam.CamExplainer:
        if self._gradcam is None:
            self._gradcam = cam.CamExplainer(self.model)
        return self._gradcam

    def gradcam(self, prepared: Prepared, class_index: int) -> np.ndarray:
        """Class activation map (float32 0..1) at the model's feature-map resolution."""
        batch = (prepared.pixels * self.scale)[np.newaxis].astype(np.float32)
        return self._gradcam_fn()(batch, class_index).heatmap


# ------------------------------------------------------------------------- the recognizer
class BreedRecognizer:
    """Recognise dog breeds with a registry model (ImageNet or fine-tuned breeds)."""

    def __init__(self, model, info: ModelInfo, gate: _Classifier | None = None):
        if not is_photo_model(info):
            raise ModelError(
                info.json_path,
                translate(
                    "Breeds",
                    "the model's task is {task!r}; the photo recognizer needs an ImageNet, "
                    "breeds or photo-classifier model for colour pictures.",
                ).format(task=info.task),
                translate("Breeds", "Choose another model."),
            )
        self.info = info
        self.classifier = _Classifier(model, info)
        self.is_imagenet = info.task == "imagenet"
        if self.is_imagenet and info.num_classes != 1000:
            raise ModelError(
                info.json_path,
                translate("Breeds", "an ImageNet model must have 1000 classes."),
                translate("Breeds", "Choose another model."),
            )
        self.gate = self.classifier if self.is_imagenet else gate
        self.imagenet = load_classes()
        if self.is_imagenet:
            dogs = load_breeds()
            self.class_ids = [
                b.stanford_dogs or f"{b.wnid}-{b.name_en.replace(' ', '_')}" for b in dogs
            ]
            self.breed_indices = np.array([b.imagenet_index for b in dogs])
            self.breed_entries = [
                (b.wnid, cid, b.name_en, b.name_ko)
                for b, cid in zip(dogs, self.class_ids, strict=True)
            ]
        else:
            ids = info.meta.get("class_ids") or info.class_names
            if len(ids) != info.num_classes:
                ids = info.class_names
            self.class_ids = list(ids)
            self.breed_indices = np.arange(info.num_classes)
            self.breed_entries = [
                _describe_class(cid, name) for cid, name in zip(ids, info.class_names, strict=True)
            ]
        self.dog_indices = np.array([b.imagenet_index for b in load_breeds()])
        self.dog_index_set = frozenset(int(i) for i in self.dog_indices)
        self.rule = ConfidenceRule.for_mode("breeds")  # the GUI replaces it from the settings
        self.imagenet_rule = ConfidenceRule.for_mode("imagenet")
        self._lock = threading.Lock()  # one inference at a time, whichever thread asks

    @property
    def name(self) -> str:
        return self.info.name

    @classmethod
    def from_registry(cls, registry: ModelRegistry, name: str | None = None) -> BreedRecognizer:
        """Load ``name`` (default: the default ImageNet model) and, for a breeds model, the
        gate (the fast ImageNet model)."""
        name = name or default_model_name(registry.names("imagenet"))
        model, info = registry.load(name)
        gate = None
        available = registry.names("imagenet")
        if info.task == "breeds" and available:
            gate_name = GATE_MODEL if GATE_MODEL in available else available[0]
            gate_model, gate_info = registry.load(gate_name)
            gate = _Classifier(gate_model, gate_info)
        return cls(model, info, gate)

    def warm_up(self, gradcam: bool = False) -> None:
        """Trace the inference functions once (the first call of a tf.function is slow)."""
        with self._lock:
            self.classifier.warm_up(gradcam=gradcam)
            if self.gate is not None and self.gate is not self.classifier:
                self.gate.warm_up()

    def recognize(self, image: np.ndarray, top_k: int = 5, file: str | None = None) -> Recognition:
        """Top-k breeds of an RGB uint8 photo, whether it is a dog, and what else it looks like."""
        import time

        if top_k < 1:
            raise ValueError(f"top_k must be at least 1, not {top_k}")
        start = time.perf_counter()
        prepared = self.classifier.prepare(image)
        with self._lock:
            probabilities = self.classifier.probabilities(prepared)
            gate_p = None
            if self.gate is not None and self.gate is not self.classifier:
                gate_p = self.gate.probabilities(self.gate.prepare(image))
        return self._result(
            probabilities, gate_p, prepared, top_k, file, time.perf_counter() - start
        )

    def recognize_batch(
        self,
        images: Sequence[np.ndarray],
        top_k: int = 5,
        files: Sequence[str | None] | None = None,
    ) -> list[Recognition]:
        """:meth:`recognize` for several photos with one network call (folder runs)."""
        import time

        if top_k < 1:
            raise ValueError(f"top_k must be at least 1, not {top_k}")
        files = list(files) if files is not None else [None] * len(images)
        start = time.perf_counter()
        prepared = [self.classifier.prepare(image) for image in images]
        with self._lock:
            probabilities = self.classifier.probabilities_batch(prepared)
            gate_p = None
            if self.gate is not None and self.gate is not self.classifier:
                gate_p = self.gate.probabilities_batch([self.gate.prepare(i) for i in images])
        seconds = (time.perf_counter() - start) / max(1, len(images))
        return [
            self._result(
                probabilities[n], None if gate_p is None else gate_p[n], p, top_k, file, seconds
            )
            for n, (p, file) in enumerate(zip(prepared, files, strict=True))
        ]

    def _result(
        self,
        probabilities: np.ndarray,
        gate_p: np.ndarray | None,
        prepared: Prepared,
        top_k: int,
        file: str | None,
        seconds: float,
    ) -> Recognition:
        breed_p = probabilities[self.breed_indices]
        total = float(breed_p.sum())
        breed_p = breed_p / total if total > 0 else breed_p
        order = np.argsort(-breed_p)[:top_k]
        top = []
        for i in order:
            wnid, cid, name, name_ko = self.breed_entries[int(i)]
            top.append(BreedScore(wnid, cid, name, name_ko, float(breed_p[i])))

        dog_probability = None
        imagenet_top: list[ImageNetGuess] = []
        if self.gate is not None:
            gate_p = probabilities if gate_p is None else gate_p
            dog_probability = float(gate_p[self.dog_indices].sum())
            for i in np.argsort(-gate_p)[: max(top_k, MAYBE_COUNT)]:
                c = self.imagenet[int(i)]
                imagenet_top.append(
                    ImageNetGuess(c.index, c.wnid, c.name, float(gate_p[i]), c.name_ko)
                )
        # A dog when the dog classes outweigh the rest together, or when the best class is a dog
        # (a larger model such as Lite2 spreads its probability wider, over similar classes).
        is_dog = (
            dog_probability is None
            or dog_probability > 0.5
            or int(np.argmax(gate_p)) in self.dog_index_set
        )
        if is_dog:
            sure = self.rule.judge(breed_p).sure
        else:
            sure = self.imagenet_rule.judge(gate_p).sure
        return Recognition(
            file=file,
            is_dog=is_dog,
            dog_probability=dog_probability,
            top=top,
            imagenet_top=imagenet_top[:top_k],
            model=self.info.name,
            box=prepared.box,
            image_size=prepared.original_size,
            seconds=seconds,
            sure=sure,
        )

    def recognize_file(self, path: Path | str, top_k: int = 5) -> Recognition:
        return self.recognize(read_image(path), top_k=top_k, file=str(path))

    def gradcam(self, image: np.ndarray, recognition: Recognition | None = None) -> np.ndarray:
        """Grad-CAM heatmap (float32 0..1) of the photo's size, for the top answer.

        The class is the best breed when it is a dog, else the best ImageNet class. Outside the
        square the model saw, the heatmap is 0.
        """
        recognition = recognition or self.recognize(image, top_k=1)
        if self.is_imagenet:
            if recognition.is_dog or not recognition.imagenet_top:
                index = self.imagenet_index_of(recognition.top[0])
            else:
                index = recognition.imagenet_top[0].index
        else:
            index = self.class_ids.index(recognition.top[0].breed)
        prepared = self.classifier.prepare(image)
        with self._lock:
            cam = self.classifier.gradcam(prepared, index)
        return expand_heatmap(cam, prepared.box, prepared.original_size)

    def imagenet_index_of(self, score: BreedScore) -> int:
        return int(self.breed_indices[self.class_ids.index(score.breed)])


def _describe_class(class_id: str, class_name: str) -> tuple[str | None, str, str, str]:
    """``(wnid, class id, English name, Korean name)`` for a fine-tuned model's class."""
    match = WNID_CLASS.match(class_id) or WNID_CLASS.match(class_name)
    wnid = match.group(1) if match else None
    breed = breed_for(wnid)
    if breed is not None:
        return wnid, class_id, breed.name_en, breed.name_ko
    readable = (match.group(2) if match else class_name).replace("_", " ")
    return wnid, class_id, readable, readable


# ------------------------------------------------------------------------------------ jobs
def load_recognizer(
    state: TaskState, registry: ModelRegistry, name: str | None = None, gradcam: bool = True
) -> BreedRecognizer:
    """Job: load the model (and the gate), then warm the inference functions up."""
    state.progress(0.1, translate("Breeds", "Loading the model…"))
    recognizer = BreedRecognizer.from_registry(registry, name)
    state.check()
    state.progress(0.6, translate("Breeds", "Warming up…"))
    recognizer.warm_up(gradcam=gradcam)
    state.progress(1.0, "")
    return recognizer


@dataclass
class FolderRow:
    """One photo of a folder run: its thumbnail and recognition, or the reason it failed."""

    path: str
    thumbnail: np.ndarray | None
    recognition: Recognition | None
    error: str = ""


def thumbnail(image: np.ndarray, side: int = 64) -> np.ndarray:
    height, width = image.shape[:2]
    scale = side / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.ascontiguousarray(cv2.resize(image, size, interpolation=cv2.INTER_AREA))


def recognize_folder(
    state: TaskState,
    recognizer: BreedRecognizer,
    files: Sequence[Path | str] | Path | str,
    top_k: int = 5,
    on_row: Callable[[FolderRow], None] | None = None,
    batch_size: int = FOLDER_BATCH,
) -> list[FolderRow]:
    """Job: recognise every photo (a folder or a list of files); unreadable files become error
    rows. Photos go through the network ``batch_size`` at a time (faster per photo on CPU)."""
    if isinstance(files, (str, Path)):
        files = list_images(files)
    files = [Path(f) for f in files]
    rows: list[FolderRow] = []
    for chunk in photo_batches(state, files, batch_size):
        readable = [(path, image) for path, image, _ in chunk if image is not None]
        results = iter(
            recognizer.recognize_batch(
                [image for _, image in readable], top_k, [str(path) for path, _ in readable]
            )
            if readable
            else []
        )
        for path, image, error in chunk:
            if image is None:
                row = FolderRow(str(path), None, None, error)
            else:
                row = FolderRow(str(path), thumbnail(image), next(results))
            rows.append(row)
            if on_row is not None:
                on_row(row)
        state.progress(
            len(rows) / len(files),
            translate("Breeds", "{done} of {total} photos").format(
                done=len(rows), total=len(files)
            ),
        )
    return rows


CSV_COLUMNS = (
    "file",
    "is_dog",
    "dog_probability",
    "breed",
    "name",
    "name_ko",
    "probability",
    "top5",
    "error",
)


def write_csv(rows: Sequence[FolderRow], path: Path | str) -> Path:
    """Save a folder run as CSV (UTF-8 with BOM so spreadsheet programs read Korean names)."""
    path = Path(path)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            rec = row.recognition
            if rec is None:
                writer.writerow([row.path, "", "", "", "", "", "", "", row.error])
                continue
            best = rec.top[0]
            top = "; ".join(f"{s.name} {100 * s.probability:.1f}%" for s in rec.top)
            writer.writerow(
                [
                    row.path,
                    "yes" if rec.is_dog else "no",
                    "" if rec.dog_probability is None else f"{rec.dog_probability:.4f}",
                    best.breed,
                    best.name,
                    best.name_ko,
                    f"{best.probability:.4f}",
                    top,
                    "" if rec.is_dog else rec.summary(),
                ]
            )
    return path
