"""Handwritten digits: canvas box → 28×28 network input → digit, confidence, "unsure", "empty".

Pure functions (NumPy + OpenCV) for the preprocessing, one :class:`DigitRecognizer` that sends N
boxes to the model in one batch through a ``tf.function`` with a fixed input signature, and the
MNIST IDX evaluation used by ``visionagent digits --evaluate-mnist``. No Qt here.

Two ways to turn a box into the network's 28×28 input, so students can compare them:

``naive``
    The textbook's program 7-7: the whole box resized straight to 28×28 (``cv2.resize``,
    bilinear), inverted to white ink on black, divided by 255. A digit drawn small or off-centre
    stays small or off-centre.
``mnist``
    The way MNIST itself was made (LeCun et al.): crop the ink's bounding box, scale its longer
    side to 20 px keeping the aspect ratio (antialiased), and place it in a 28×28 field so that its
    centre of mass sits at the centre.
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from visionagent.core.confidence import DEFAULT_THRESHOLDS, ConfidenceRule
from visionagent.i18n import translate

SIZE = 28  # network input side
FIT = 20  # MNIST puts the digit's longer side in a 20×20 box
PREPROCESSING = ("mnist", "naive")
UNSURE_BELOW = DEFAULT_THRESHOLDS["digits"]  # best probability below this: unsure (a setting)
INK_LEVEL = 0.25  # a pixel darker (or brighter, light-on-dark) than this counts as ink
MIN_EXTENT = 0.06  # ink whose bounding box is smaller than this fraction of the box is a speck


# ------------------------------------------------------------------------------ preprocessing
def to_ink(image: np.ndarray, invert: bool | None = None) -> np.ndarray:
    """Grayscale float32 0..1 with the ink bright (white on black), whatever came in.

    ``image`` is (H, W), (H, W, 1), (H, W, 3) or (H, W, 4) (alpha composited on white); uint8,
    uint16 or floats 0..1. The polarity is detected from the border unless ``invert`` says it:
    a light border means dark ink on paper, which is inverted.
    """
    img = np.asarray(image)
    if img.ndim == 3 and img.shape[2] == 1:
        img = img[:, :, 0]
    if img.ndim not in (2, 3) or img.size == 0 or (img.ndim == 3 and img.shape[2] not in (3, 4)):
        raise ValueError(
            translate(
                "Digits", "Expected a grayscale or colour image, got an array of shape {shape}."
            ).format(shape=img.shape)
        )
    if img.dtype == np.uint8:
        img = img.astype(np.float32) / 255.0
    elif img.dtype == np.uint16:
        img = img.astype(np.float32) / 65535.0
    else:
        img = np.clip(img.astype(np.float32), 0.0, 1.0)
    if img.ndim == 3:
        if img.shape[2] == 4:
            alpha = img[:, :, 3:4]
            img = img[:, :, :3] * alpha + (1.0 - alpha)
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    if invert is None:
        invert = _border_is_light(img)
    return np.ascontiguousarray(1.0 - img if invert else img, dtype=np.float32)


def _border_is_light(gray: np.ndarray) -> bool:
    border = np.concatenate([gray[0, :], gray[-1, :], gray[:, 0], gray[:, -1]])
    return float(np.median(border)) > 0.5


def ink_bbox(ink: np.ndarray, level: float = INK_LEVEL) -> tuple[int, int, int, int] | None:
    """``(top, left, bottom, right)`` (exclusive) of the pixels above ``level``, or None."""
    rows = np.flatnonzero((ink > level).any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero((ink > level).any(axis=0))
    return int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1


def is_empty(ink: np.ndarray, level: float = INK_LEVEL, min_extent: float = MIN_EXTENT) -> bool:
    """True when a box (ink bright) holds no ink, or only a speck smaller than ``min_extent``."""
    box = ink_bbox(ink, level)
    if box is None:
        return True
    top, left, bottom, right = box
    return max(bottom - top, right - left) < min_extent * min(ink.shape[:2])


def center_of_mass(img: np.ndarray) -> tuple[float, float]:
    """``(row, col)`` of the intensity-weighted centre (pixel centres at integer positions)."""
    total = float(img.sum())
    if total <= 0:
        return (img.shape[0] - 1) / 2.0, (img.shape[1] - 1) / 2.0
    rows = np.arange(img.shape[0], dtype=np.float64)
    cols = np.arange(img.shape[1], dtype=np.float64)
    return float(img.sum(axis=1) @ rows / total), float(img.sum(axis=0) @ cols / total)


def mnist_style(image: np.ndarray, invert: bool | None = None) -> np.ndarray:
    """MNIST-style 28×28 float32 0..1, white ink on black, from a box of any size and polarity.

    Crop to the ink, scale the longer side to 20 px keeping the aspect ratio (``INTER_AREA``),
    then translate (sub-pixel) so that the centre of mass lies at the centre of the 28×28 field.
    If that would push ink out of the field, the shift is limited so that nothing is cut off.
    An empty box gives an all-black field.
    """
    ink = to_ink(image, invert)
    box = ink_bbox(ink)
    if box is None:
        return np.zeros((SIZE, SIZE), np.float32)
    top, left, bottom, right = box
    crop = ink[top:bottom, left:right]
    h, w = crop.shape
    scale = FIT / max(h, w)
    new_h, new_w = max(1, round(h * scale)), max(1, round(w * scale))
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    small = cv2.resize(crop, (new_w, new_h), interpolation=interpolation)
    cy, cx = center_of_mass(small)
    centre = (SIZE - 1) / 2.0
    # place the small image so that (cy, cx) lands on the centre, keeping it inside the field
    off_y = float(np.clip(centre - cy, 0.0, SIZE - new_h))
    off_x = float(np.clip(centre - cx, 0.0, SIZE - new_w))
    matrix = np.float32([[1, 0, off_x], [0, 1, off_y]])
    out = cv2.warpAffine(
        small,
        matrix,
        (SIZE, SIZE),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=0,
    )
    return np.clip(out, 0.0, 1.0).astype(np.float32)


def naive_resize(image: np.ndarray, invert: bool | None = None) -> np.ndarray:
    """The textbook's way (program 7-7): the whole box resized straight to 28×28, white on black."""
    ink = to_ink(image, invert)
    return np.clip(cv2.resize(ink, (SIZE, SIZE)), 0.0, 1.0).astype(np.float32)


def preprocess(image: np.ndarray, method: str = "mnist", invert: bool | None = None) -> np.ndarray:
    """28×28 float32 input by ``method`` (``"mnist"`` or ``"naive"``)."""
    if method == "mnist":
        return mnist_style(image, invert)
    if method == "naive":
        return naive_resize(image, invert)
    raise ValueError(
        translate("Digits", "Unknown preprocessing {method!r}; choose one of {names}.").format(
            method=method, names=", ".join(PREPROCESSING)
        )
    )


def split_boxes(strip: np.ndarray, count: int, margin: int = 0) -> list[np.ndarray]:
    """Cut a horizontal strip of ``count`` equal boxes (the textbook's 5 boxes) into arrays.

    ``margin`` pixels are dropped on every side of each box (the drawn frame, for instance).
    """
    if count < 1:
        raise ValueError(translate("Digits", "The number of boxes must be at least 1."))
    width = strip.shape[1] // count
    if width <= 2 * margin or strip.shape[0] <= 2 * margin:
        raise ValueError(
            translate(
                "Digits", "The image ({width}×{height} px) is too small for {count} boxes."
            ).format(width=strip.shape[1], height=strip.shape[0], count=count)
        )
    bottom = strip.shape[0] - margin
    return [
        strip[margin:bottom, i * width + margin : (i + 1) * width - margin] for i in range(count)
    ]


# -------------------------------------------------------------------------------- recognition
@dataclass
class BoxResult:
    """What one box was read as. ``digit`` is None for an empty box (never guessed)."""

    index: int
    empty: bool
    digit: int | None
    confidence: float
    unsure: bool
    probabilities: np.ndarray = field(repr=False)  # (10,), zeros for an empty box
    network_input: np.ndarray = field(repr=False)  # (28, 28) float32, what the network saw

    def to_dict(self, file: str | None = None) -> dict:
        out = {} if file is None else {"file": file}
        out.update(
            digit=self.digit,
            confidence=None if self.empty else round(float(self.confidence), 6),
            probabilities=None if self.empty else [round(float(p), 6) for p in self.probabilities],
        )
        return out


@dataclass
class Recognition:
    boxes: list[BoxResult]
    method: str
    seconds: float

    @property
    def code(self) -> str:
        """The digits of the non-empty boxes, left to right."""
        return "".join(str(b.digit) for b in self.boxes if not b.empty)

    @property
    def unsure(self) -> list[int]:
        return [b.index for b in self.boxes if b.unsure]


class DigitRecognizer:
    """A digits model behind one ``tf.function`` with a fixed signature ``(None, 28, 28, 1)``.

    The function is traced once (in :meth:`warm_up`) and then serves any number of boxes without
    retracing; ``model.predict`` is built for big data sets and is far slower for a few boxes.
    """

    def __init__(
        self,
        model,
        max_boxes: int = 10,
        unsure_below: float = UNSURE_BELOW,
        outputs_kind: str | None = None,
    ):
        from visionagent.core import backend, outputs

        tf = backend.tf()
        self.model = model
        self.max_boxes = max_boxes
        self.unsure_below = unsure_below
        # The shared "not sure" rule: best probability and its lead over the runner-up.
        self.rule = ConfidenceRule.for_mode("digits", unsure_below)
        self.outputs_kind = outputs.output_kind(model, outputs_kind)  # softmax added for logits
        shape = (
            tuple(int(s) for s in model.inputs[0].shape[1:])
            if getattr(model, "inputs", None)
            else (SIZE, SIZE, 1)
        )
        if shape != (SIZE, SIZE, 1):
            raise ValueError(
                translate(
                    "Digits", "A digits model must take 28×28×1 images; this one takes {shape}."
                ).format(shape=shape)
            )

        @tf.function(
            input_signature=[tf.TensorSpec([None, SIZE, SIZE, 1], tf.float32)],
            reduce_retracing=True,
        )
        def _probabilities(batch):
            return model(batch, training=False)

        self._probabilities = _probabilities

    def warm_up(self) -> None:
        """Trace the function once and run every batch size up to ``max_boxes``.

        The first call traces; the first call with each new batch size also builds that shape's
        CPU kernels (~0.1 s), which the user would otherwise wait for on their first reading.
        """
        for count in range(1, self.max_boxes + 1):
            self.probabilities(np.zeros((count, SIZE, SIZE), np.float32))

    def probabilities(self, inputs: np.ndarray) -> np.ndarray:
        """``(N, 28, 28)`` or ``(N, 28, 28, 1)`` floats 0..1 → ``(N, 10)`` probabilities.

        Raises :class:`~visionagent.core.outputs.OutputError` (a ValueError) for NaN outputs.
        """
        from visionagent.core import outputs

        batch = np.asarray(inputs, np.float32).reshape(-1, SIZE, SIZE, 1)
        if len(batch) == 0:
            return np.zeros((0, 10), np.float32)
        raw = np.asarray(self._probabilities(batch))
        return outputs.to_probabilities(raw, self.outputs_kind).astype(np.float32)

    def recognize(
        self, images: Sequence[np.ndarray], method: str = "mnist", invert: bool | None = None
    ) -> Recognition:
        """Read each box (any size, either polarity); empty boxes are reported, never guessed."""
        started = time.perf_counter()
        inputs, empties = [], []
        for image in images:
            ink = to_ink(image, invert)
            empties.append(is_empty(ink))
            inputs.append(preprocess(ink, method, invert=False))
        full = [i for i, e in enumerate(empties) if not e]
        probs = np.zeros((len(inputs), 10), np.float32)
        if full:
            probs[full] = self.probabilities(np.stack([inputs[i] for i in full]))
        boxes = []
        for i, (x, empty) in enumerate(zip(inputs, empties, strict=True)):
            if empty:
                boxes.append(BoxResult(i, True, None, 0.0, False, probs[i], x))
                continue
            digit = int(probs[i].argmax())
            confidence = float(probs[i, digit])
            boxes.append(
                BoxResult(
                    i, False, digit, confidence, not self.rule.judge(probs[i]).sure, probs[i], x
                )
            )
        return Recognition(boxes, method, time.perf_counter() - started)


def load_recognizer(
    name: str, registry=None, warm_up: bool = True
) -> tuple[DigitRecognizer, object]:
    """Load the digits model ``name`` from the registry, wrap and warm it: ``(recognizer,
    info)``."""
    from visionagent.core.registry import ModelError, ModelRegistry

    registry = registry or ModelRegistry.default()
    model, info = registry.load(name)
    if info.task != "digits":
        raise ModelError(
            info.json_path,
            translate("Digits", "this is a {task} model, not a digits model.").format(
                task=info.task
            ),
            translate("Digits", "Choose a digits model."),
        )
    recognizer = DigitRecognizer(model, outputs_kind=info.outputs or info.meta.get("outputs"))
    if warm_up:
        recognizer.warm_up()
    return recognizer, info


# --------------------------------------------------------------------------------- evaluation
IDX_IMAGES = ("t10k-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte", "t10k-images.idx3-ubyte")
IDX_LABELS = ("t10k-labels-idx1-ubyte.gz", "t10k-labels-idx1-ubyte", "t10k-labels.idx1-ubyte")


def read_idx(path: Path | str) -> np.ndarray:
    """One IDX file (``.gz`` or plain) as a uint8 array of the shape its header gives."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as fh:
            data = fh.read()
    except (OSError, EOFError) as exc:
        raise ValueError(
            translate("Digits", "Cannot read {file}: {error}").format(file=str(path), error=exc)
        ) from exc
    if len(data) < 4 or data[0] != 0 or data[1] != 0 or data[2] != 0x08:
        raise ValueError(
            translate("Digits", "{file} is not an IDX file of unsigned bytes.").format(
                file=str(path)
            )
        )
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim)]
    offset = 4 + 4 * ndim
    if len(data) - offset != int(np.prod(dims)):
        raise ValueError(
            translate("Digits", "{file} is truncated: the header announces {dims}.").format(
                file=str(path), dims=dims
            )
        )
    return np.frombuffer(data, np.uint8, offset=offset).reshape(dims)


def find_idx_pair(folder: Path | str) -> tuple[Path, Path]:
    """The test images and labels files in ``folder`` (MNIST names, gzipped or not)."""
    folder = Path(folder)
    images = next((folder / n for n in IDX_IMAGES if (folder / n).is_file()), None)
    labels = next((folder / n for n in IDX_LABELS if (folder / n).is_file()), None)
    if images is None or labels is None:
        raise ValueError(
            translate(
                "Digits",
                "{folder} must hold {images} and {labels} (the MNIST test set in IDX format).",
            ).format(folder=str(folder), images=IDX_IMAGES[0], labels=IDX_LABELS[0])
        )
    return images, labels


@dataclass
class Evaluation:
    correct: int
    total: int
    confusion: np.ndarray
    seconds: float

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def evaluate_idx(
    recognizer: DigitRecognizer, folder: Path | str, state=None, batch_size: int = 1000
) -> Evaluation:
    """Accuracy of ``recognizer`` on IDX digits in ``folder`` (already MNIST-style: fed as they
    are)."""
    images_path, labels_path = find_idx_pair(folder)
    images, labels = read_idx(images_path), read_idx(labels_path).astype(np.int64)
    if images.ndim != 3 or images.shape[1:] != (SIZE, SIZE) or len(images) != len(labels):
        raise ValueError(
            translate("Digits", "{file} must hold 28×28 images, one per label.").format(
                file=str(images_path)
            )
        )
    started = time.perf_counter()
    x = images.astype(np.float32) / 255.0
    predictions = []
    for start in range(0, len(x), batch_size):
        if state is not None:
            state.check()
            state.progress(start / len(x))
        predictions.append(recognizer.probabilities(x[start : start + batch_size]).argmax(axis=1))
    predicted = np.concatenate(predictions) if predictions else np.zeros(0, np.int64)
    confusion = np.zeros((10, 10), np.int64)
    np.add.at(confusion, (labels, predicted), 1)
    return Evaluation(
        int((predicted == labels).sum()), len(labels), confusion, time.perf_counter() - started
    )
