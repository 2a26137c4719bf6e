"""Read any image the app accepts into a NumPy array, one way for the whole app.

JPEG, PNG, BMP, WebP, TIFF; grayscale, alpha (composited on white), 16-bit (scaled to 8-bit);
EXIF orientation applied; non-ASCII paths (bytes + ``cv2.imdecode``, since ``cv2.imread`` fails
on them on Windows); very large images downscaled early (big JPEGs are decoded at 1/2, 1/4 or
1/8 scale; more than :data:`MAX_PIXELS` pixels is refused before decoding). Anything else raises
:class:`ImageError` naming the file.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import cv2
import numpy as np

from visionagent.i18n import translate

EXTENSIONS = (".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff")
MAX_SIDE = 4096
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 178_000_000  # refuse "decompression bombs" before decoding (Pillow's error limit)


class ImageError(Exception):
    """An image that cannot be read, with the file named in the message."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(
            translate("ImageError", "Cannot read {file}: {problem}").format(
                file=str(path), problem=problem
            )
        )


def _read_header(data: bytes, source: Path | str) -> tuple[tuple[int, int] | None, int]:
    """Size and EXIF orientation from the file header, in one pass (Pillow reads no pixels).

    The size is None when Pillow does not know the format (OpenCV then decides); the
    orientation is 1 (upright) when there is no or a broken EXIF block. Raises
    :class:`ImageError` for more than :data:`MAX_PIXELS` pixels.
    """
    from PIL import Image

    too_many = translate(
        "ImageError", "it has too many pixels ({size}); reduce it to at most {limit} megapixels."
    )
    limit = MAX_PIXELS // 1_000_000
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                size = img.size
                try:
                    orientation = int(img.getexif().get(0x0112, 1))
                except Exception:
                    orientation = 1
    except Image.DecompressionBombError as exc:  # Pillow's own, lower limit was exceeded
        raise ImageError(
            source, too_many.format(size=str(exc).split(" pixels")[0].split()[-1], limit=limit)
        ) from exc
    except Exception:
        return None, 1
    if size[0] * size[1] > MAX_PIXELS:
        raise ImageError(source, too_many.format(size=f"{size[0]}×{size[1]}", limit=limit))
    return size, orientation


def _reduce_flag(size: tuple[int, int] | None, data: bytes, mode: str, max_side: int) -> int | None:
    """For a JPEG at least twice ``max_side``: decode at 1/2, 1/4 or 1/8 scale (in the DCT)."""
    if size is None or not data.startswith(b"\xff\xd8"):
        return None
    factor = 1
    while factor < 8 and max(size) // (factor * 2) >= max_side:
        factor *= 2
    if factor == 1:
        return None
    flags = {
        ("rgb", 2): cv2.IMREAD_REDUCED_COLOR_2,
        ("rgb", 4): cv2.IMREAD_REDUCED_COLOR_4,
        ("rgb", 8): cv2.IMREAD_REDUCED_COLOR_8,
        ("gray", 2): cv2.IMREAD_REDUCED_GRAYSCALE_2,
        ("gray", 4): cv2.IMREAD_REDUCED_GRAYSCALE_4,
        ("gray", 8): cv2.IMREAD_REDUCED_GRAYSCALE_8,
    }
    return flags[(mode, factor)] | cv2.IMREAD_IGNORE_ORIENTATION  # orientation is applied below


def _apply_orientation(img: np.ndarray, orientation: int) -> np.ndarray:
    ops = {
        2: lambda a: cv2.flip(a, 1),
        3: lambda a: cv2.rotate(a, cv2.ROTATE_180),
        4: lambda a: cv2.flip(a, 0),
        5: lambda a: cv2.flip(cv2.rotate(a, cv2.ROTATE_90_CLOCKWISE), 1),
        6: lambda a: cv2.rotate(a, cv2.ROTATE_90_CLOCKWISE),
        7: lambda a: cv2.flip(cv2.rotate(a, cv2.ROTATE_90_COUNTERCLOCKWISE), 1),
        8: lambda a: cv2.rotate(a, cv2.ROTATE_90_COUNTERCLOCKWISE),
    }
    op = ops.get(orientation)
    return op(img) if op else img


def to_uint8(img: np.ndarray) -> np.ndarray:
    """Scale 16-bit or float images to uint8 (floats are taken as 0..1)."""
    if img.dtype == np.uint8:
        return img
    if img.dtype == np.uint16:
        return (img.astype(np.float32) / 257.0 + 0.5).astype(np.uint8)
    if np.issubdtype(img.dtype, np.floating):
        return (np.clip(img, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
    return np.clip(img, 0, 255).astype(np.uint8)


def decode(
    data: bytes, source: Path | str = "<memory>", mode: str = "rgb", max_side: int = MAX_SIDE
) -> np.ndarray:
    """Decode image bytes; ``mode`` is ``"rgb"`` (H, W, 3) or ``"gray"`` (H, W), uint8."""
    if mode not in ("rgb", "gray"):
        raise ValueError(f"mode must be 'rgb' or 'gray', not {mode!r}")
    if not data:
        raise ImageError(source, translate("ImageError", "the file is empty."))
    size, orientation = _read_header(data, source)
    buf = np.frombuffer(data, dtype=np.uint8)
    reduce = _reduce_flag(size, data, mode, max_side)
    try:
        img = cv2.imdecode(buf, reduce if reduce is not None else cv2.IMREAD_UNCHANGED)
    except cv2.error:  # OpenCV refuses some headers (sizes over its limits) with an exception
        img = None
    if img is None or img.size == 0:
        raise ImageError(
            source, translate("ImageError", "it is not an image or it is damaged (truncated?).")
        )
    img = to_uint8(img)
    if img.ndim == 3 and img.shape[2] == 4:
        alpha = img[:, :, 3:4].astype(np.float32) / 255.0
        img = (img[:, :, :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha) + 0.5).astype(
            np.uint8
        )
    if img.ndim == 2 or (img.ndim == 3 and img.shape[2] == 1):
        gray = img.reshape(img.shape[0], img.shape[1])
        img = gray if mode == "gray" else cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB)
    else:
        img = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY if mode == "gray" else cv2.COLOR_BGR2RGB)
    img = _apply_orientation(img, orientation)
    h, w = img.shape[:2]
    if max(h, w) > max_side:
        scale = max_side / max(h, w)
        img = cv2.resize(
            img, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA
        )
    return np.ascontiguousarray(img)


def read_image(path: Path | str, mode: str = "rgb", max_side: int = MAX_SIDE) -> np.ndarray:
    """Read an image file (any path, any supported format) as uint8 RGB or grayscale."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImageError(
            path, translate("ImageError", "the file does not exist or cannot be opened.")
        ) from exc
    if path.is_dir():
        raise ImageError(path, translate("ImageError", "it is a folder, not an image."))
    if size > MAX_FILE_BYTES:
        raise ImageError(path, translate("ImageError", "the file is too large."))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageError(
            path,
            translate("ImageError", "the file cannot be read ({error}).").format(
                error=exc.strerror
            ),
        ) from exc
    return decode(data, path, mode=mode, max_side=max_side)


def is_image_file(path: Path | str) -> bool:
    return Path(path).suffix.lower() in EXTENSIONS


def list_images(folder: Path | str) -> list[Path]:
    """Image files in ``folder`` (not recursive), sorted by name."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and is_image_file(p))
