"""An image made ready for a registry model, by the preprocessing its metadata names.

* ``"mnist"`` (digits models): white ink on black, 28×28, 0…1, the digit framed like MNIST
  (:func:`visionagent.core.digits.mnist_style`; dark-on-light drawings and photos are inverted);
* ``"scale01"`` (CIFAR-10, Fashion-MNIST, small CNNs trained on a folder): the central square
  resized to the model's input, 0…1 (grey when the model takes one channel);
* ``"efficientnet_lite"`` (the ImageNet model, transfer and folder models): the central square
  (or the evaluation crop the model's metadata records) resized as the photo recognizer does
  (:func:`visionagent.core.imagenet.prepare_image`), RGB 0…255 — the model normalises itself.

A float array already of the model's input size is taken as prepared (the Digits canvas gives
28×28 floats in 0…1).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from visionagent.i18n import translate

PREPROCESSINGS = ("mnist", "scale01", "efficientnet_lite")


@dataclass
class ModelInput:
    """One input as the model sees it, and where it came from in the original picture."""

    batch: np.ndarray  # (1, H, W, C) float32, what the model is called with
    picture: np.ndarray  # (H, W, C) float32 in 0…1, for showing (the same pixels)
    box: tuple[int, int, int, int]  # x, y, width, height of the part of the original used
    original_size: tuple[int, int]  # width, height of the original picture
    preprocessing: str


def _rgb(image: np.ndarray) -> np.ndarray:
    image = np.asarray(image)
    if image.ndim == 3 and image.shape[2] == 4:
        image = image[:, :, :3]
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    if image.ndim != 3 or image.shape[2] != 3:
        raise ValueError(
            translate("Inspector", "Expected a picture (H, W) or (H, W, 3), not {shape}.").format(
                shape=image.shape
            )
        )
    return image


def _uint8(image: np.ndarray) -> np.ndarray:
    image = np.asarray(image)
    if image.dtype == np.uint8:
        return image
    scale = 255.0 if image.size and float(np.nanmax(image)) <= 1.0 else 1.0
    return np.clip(np.nan_to_num(image.astype(np.float32)) * scale, 0, 255).astype(np.uint8)


def _gray(image: np.ndarray) -> np.ndarray:
    image = np.asarray(image)
    if image.ndim == 3 and image.shape[2] == 1:
        return image[:, :, 0]
    return cv2.cvtColor(_rgb(image), cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image


def digit_to_mnist(gray: np.ndarray) -> np.ndarray:
    """A drawing (white ink on black, any size) → float32 (28, 28) in 0…1, framed like MNIST.

    The Digits tab's preprocessing (:func:`visionagent.core.digits.mnist_style`): one recipe for
    every place that feeds a drawing to a digits model.
    """
    from visionagent.core.digits import mnist_style

    return mnist_style(_gray(gray), invert=False)


def mnist_sample(
    index: int | None = None, rng: np.random.Generator | None = None
) -> tuple[np.ndarray, int]:
    """One (28, 28) uint8 digit and its label from the shipped MNIST 10k set (random by default)."""
    from visionagent.core.training import load_mnist_10k

    images, labels = load_mnist_10k()
    if index is None:
        index = int((rng or np.random.default_rng()).integers(len(images)))
    return np.array(images[index]), int(labels[index])


def crop_of(info) -> float:
    """The crop a model's metadata records for photos (1.0: the whole central square), read by
    :func:`visionagent.core.imagenet.crop_fraction` where this installation has it."""
    from visionagent.core import imagenet

    reader = getattr(imagenet, "crop_fraction", None)
    return float(reader(getattr(info, "meta", None))) if reader is not None else 1.0


def takes_0_255(model) -> bool:
    """True when a 0…1 model rescales its own input (a Rescaling layer near the input)."""
    for layer in getattr(model, "layers", [])[:2]:
        if type(layer).__name__ == "Rescaling":
            return True
    return False


def prepare(
    image: np.ndarray,
    preprocessing: str,
    input_shape: tuple[int, ...],
    value_max: float = 1.0,
    crop: float = 1.0,
) -> ModelInput:
    """``image`` (uint8 or float, grey or RGB, any size) as a batch of one for the model.

    ``input_shape`` is the model's (H, W, C); ``value_max`` scales 0…1 preprocessings (255 for a
    model that rescales its input itself); ``crop`` is the part of the shorter side photos are
    cropped to (the model's recorded ImageNet evaluation crop, 1.0 = the whole central square).
    Raises ``ValueError`` with one clear line.
    """
    height, width, channels = (int(s) for s in input_shape)
    image = np.asarray(image)
    if image.ndim not in (2, 3) or image.size == 0:
        raise ValueError(
            translate("Inspector", "Expected a picture (H, W) or (H, W, 3), not {shape}.").format(
                shape=image.shape
            )
        )
    original = (int(image.shape[1]), int(image.shape[0]))
    full_box = (0, 0, original[0], original[1])
    ready = image.dtype != np.uint8 and image.shape[:2] == (height, width)
    if preprocessing == "mnist":
        if ready:
            picture = np.clip(image.astype(np.float32), 0.0, 1.0).reshape(height, width, -1)
        else:
            from visionagent.core.digits import mnist_style

            small = mnist_style(_gray(_uint8(image)), invert=None)
            picture = (
                cv2.resize(small, (width, height)) if small.shape != (height, width) else small
            )
        picture = picture.reshape(height, width, -1)[:, :, :1]
        picture = np.repeat(picture, channels, axis=2) if channels > 1 else picture
        return ModelInput(
            (picture * value_max)[None].astype(np.float32), picture, full_box, original, "mnist"
        )
    if preprocessing not in PREPROCESSINGS:
        raise ValueError(
            translate(
                "Inspector", "Unknown preprocessing {name!r} in the model's metadata ({names})."
            ).format(name=preprocessing, names=", ".join(PREPROCESSINGS))
        )
    if height != width:
        raise ValueError(
            translate("Inspector", "Photos need a model with a square input, not {h}×{w}.").format(
                h=height, w=width
            )
        )
    from visionagent.core.imagenet import prepare_image

    if ready:
        pixels = image.astype(np.float32).reshape(height, width, -1)
        pixels = pixels * (255.0 if float(pixels.max(initial=0.0)) <= 1.0 else 1.0)
        box = full_box
    else:
        prepared = prepare_image(_rgb(_uint8(image)), height, crop)
        pixels, box = prepared.pixels, prepared.box
    if channels == 1 and pixels.shape[2] == 3:
        pixels = cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)[:, :, None]
    elif channels == 3 and pixels.shape[2] == 1:
        pixels = np.repeat(pixels, 3, axis=2)
    picture = np.clip(pixels / 255.0, 0.0, 1.0).astype(np.float32)
    scale = 1.0 if preprocessing == "efficientnet_lite" else value_max / 255.0
    batch = (pixels * scale)[None].astype(np.float32)
    return ModelInput(batch, picture, box, original, preprocessing)
