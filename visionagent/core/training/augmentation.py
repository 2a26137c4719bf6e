"""Data augmentation (program 8-5): random changes applied to training batches only.

:class:`Augmentation` says what to change; :func:`make_augmenter` turns it into a batch function
built from Keras preprocessing layers, or, for shear and elastic distortion, the digit warp (one
bilinear resampling per image); :func:`augmentation_preview` shows a few augmented batches.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from visionagent.core import backend


@dataclass
class Augmentation:
    """Random changes applied to training batches only (Keras preprocessing layers)."""

    rotation_deg: float = 0.0
    shift: float = 0.0  # fraction of height/width
    zoom: float = 0.0  # fraction
    flip: bool = False
    contrast: float = 0.0
    thickness: bool = False  # random erosion/dilation of strokes (digits)
    # per-image shear and smooth elastic distortion (pixels); either one switches to the digit warp
    # (one bilinear resampling per image; rotation, zoom, shift, shear, elastic; soft thickness)
    shear: float = 0.0
    elastic: float = 0.0

    @property
    def enabled(self) -> bool:
        return bool(
            self.rotation_deg
            or self.shift
            or self.zoom
            or self.flip
            or self.contrast
            or self.thickness
            or self.shear
            or self.elastic
        )

    @classmethod
    def for_digits(cls) -> Augmentation:
        return cls(rotation_deg=12.0, shift=0.12, zoom=0.15, thickness=True)

    @classmethod
    def textbook(cls) -> Augmentation:
        """Program 8-5: rotation 20°, width/height shift 0.2, horizontal flip."""
        return cls(rotation_deg=20.0, shift=0.2, flip=True)


def make_augmenter(aug: Augmentation, seed: int = 123, value_max: float = 1.0):
    """A function ``batch -> batch`` (tensors, NHWC floats 0..``value_max``) that applies
    ``aug``."""
    if aug.shear or aug.elastic:
        return _digit_warp(aug, seed, value_max)
    keras = backend.keras()
    tf = backend.tf()
    layers = []
    if aug.flip:
        layers.append(keras.layers.RandomFlip("horizontal", seed=seed))
    if aug.rotation_deg:
        layers.append(
            keras.layers.RandomRotation(aug.rotation_deg / 360.0, fill_mode="constant", seed=seed)
        )
    if aug.zoom:
        layers.append(keras.layers.RandomZoom(aug.zoom, fill_mode="constant", seed=seed))
    if aug.shift:
        layers.append(
            keras.layers.RandomTranslation(aug.shift, aug.shift, fill_mode="constant", seed=seed)
        )
    if aug.contrast:
        layers.append(
            keras.layers.RandomContrast(aug.contrast, value_range=(0, value_max), seed=seed)
        )
    pipeline = keras.Sequential(layers) if layers else None

    def apply(images):
        if aug.thickness:
            dilated = tf.nn.max_pool2d(images, 3, 1, "SAME")
            eroded = -tf.nn.max_pool2d(-images, 3, 1, "SAME")
            choice = tf.random.uniform([tf.shape(images)[0], 1, 1, 1], 0, 3, dtype=tf.int32)
            images = tf.where(choice == 1, dilated, tf.where(choice == 2, eroded, images))
        if pipeline is not None:
            images = pipeline(images, training=True)
        return tf.clip_by_value(images, 0.0, value_max)

    return apply


def _digit_warp(aug: Augmentation, seed: int, value_max: float):
    """Elastic-affine augmentation for handwriting (Simard et al. 2003, simplified).

    Each image gets its own rotation (±``rotation_deg``), scale (±``zoom``), shear (±``shear``),
    shift (±``shift`` of the side) and a smooth random displacement field (a 4×4 grid of offsets
    up to ``elastic`` pixels, interpolated bicubically), applied in one bilinear resampling with
    zero fill. ``thickness`` blends each image part-way towards its 3×3 dilation or erosion
    (a random amount), which keeps thin MNIST strokes visible. Random numbers come from one
    ``tf.random.Generator`` seeded with ``seed``.
    """
    import math

    tf = backend.tf()
    generator = tf.random.Generator.from_seed(seed)

    def apply(images):
        images = tf.convert_to_tensor(images, tf.float32)
        shape = tf.shape(images)
        b, h, w, c = shape[0], shape[1], shape[2], shape[3]
        hf, wf = tf.cast(h, tf.float32), tf.cast(w, tf.float32)

        def uniform(limit):
            return generator.uniform([b, 1, 1], -limit, limit)

        if aug.thickness:
            amount = generator.uniform([b, 1, 1, 1], -0.3, 0.5)
            dilated = tf.nn.max_pool2d(images, 3, 1, "SAME")
            eroded = -tf.nn.max_pool2d(-images, 3, 1, "SAME")
            images = (
                images
                + tf.nn.relu(amount) * (dilated - images)
                + tf.nn.relu(-amount) * (eroded - images)
            )
        ys, xs = tf.meshgrid(
            tf.range(hf) - (hf - 1) / 2, tf.range(wf) - (wf - 1) / 2, indexing="ij"
        )
        angle = uniform(aug.rotation_deg * math.pi / 180)
        scale = tf.exp(uniform(aug.zoom))
        shear = uniform(aug.shear)
        cos, sin = tf.cos(angle) / scale, tf.sin(angle) / scale
        sx = cos * xs + (sin + shear / scale) * ys + uniform(aug.shift * wf) + (wf - 1) / 2
        sy = -sin * xs + cos * ys + uniform(aug.shift * hf) + (hf - 1) / 2
        if aug.elastic:
            field = (
                tf.image.resize(
                    generator.uniform([b, 4, 4, 2], -1.0, 1.0), [h, w], method="bicubic"
                )
                * aug.elastic
            )
            sx, sy = sx + field[..., 0], sy + field[..., 1]
        x0, y0 = tf.floor(sx), tf.floor(sy)
        wx, wy = (sx - x0)[..., None], (sy - y0)[..., None]
        flat = tf.reshape(images, [-1, c])
        base = tf.reshape(tf.range(b) * h * w, [b, 1, 1])

        def tap(yy, xx):
            inside = (xx >= 0) & (xx <= wf - 1) & (yy >= 0) & (yy <= hf - 1)
            xi = tf.cast(tf.clip_by_value(xx, 0, wf - 1), tf.int32)
            yi = tf.cast(tf.clip_by_value(yy, 0, hf - 1), tf.int32)
            return tf.where(inside[..., None], tf.gather(flat, base + yi * w + xi), 0.0)

        out = (1 - wy) * ((1 - wx) * tap(y0, x0) + wx * tap(y0, x0 + 1)) + wy * (
            (1 - wx) * tap(y0 + 1, x0) + wx * tap(y0 + 1, x0 + 1)
        )
        return tf.clip_by_value(out, 0.0, value_max)

    return apply


def augmentation_preview(
    images: np.ndarray, aug: Augmentation, batches: int = 4, seed: int = 0, value_max: float = 1.0
) -> np.ndarray:
    """Program 8-5: ``batches`` randomly augmented versions of ``images`` (N, H, W, C).

    Returns float32 ``(batches, N, H, W, C)`` in 0..1, ready to show in a grid; each call with a
    new ``seed`` draws new transformations.
    """
    images = np.asarray(images, dtype=np.float32)
    if images.ndim == 3:
        images = images[..., None]
    augment = make_augmenter(aug, seed=seed, value_max=value_max)
    out = np.stack([np.asarray(augment(images)) for _ in range(max(1, int(batches)))])
    return (out / value_max).astype(np.float32)
