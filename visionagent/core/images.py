"""Read any image the app accepts into a NumPy array, one way for the whole app.

JPEG, PNG, BMP, WebP, TIFF, GIF; grayscale, alpha (composited on white, once), 16-bit and float
(scaled to 8-bit: floats up to 1 as 0..1, larger ones as 0..255); EXIF orientation applied;
non-ASCII paths (the bytes are read by Python and decoded in memory); very large images
downscaled early (big JPEGs are decoded at a reduced scale in the DCT; more than
:data:`MAX_PIXELS` pixels is refused before decoding). Only regular files are read, and never
more than :data:`MAX_FILE_BYTES` (a FIFO or ``/dev/zero`` is refused, not waited for).

Decoders whose problems are Python exceptions, so a damaged file is reported by name and nothing
is printed on stderr: JPEG goes through libjpeg-turbo in strict mode (``simplejpeg``), where a
libjpeg warning ("Corrupt JPEG data", "premature end", a size the data cannot fill) is an error
and the file is reported as partly damaged instead of being shown with grey blocks; everything
else goes through Pillow (its TIFF reader keeps unassociated alpha as it is, where OpenCV's
premultiplies it). OpenCV is only the last resort for TIFFs Pillow cannot open (float RGB).
Anything else raises :class:`ImageError` naming the file.
"""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

import cv2
import numpy as np

from visionagent.core import userfiles
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


def _damaged() -> str:
    return translate("ImageError", "it is not an image or it is damaged (truncated?).")


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
            warnings.simplefilter("ignore")
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
    """Scale 16-bit, 32-bit or float images to uint8.

    Floats whose largest finite value is at most 1 are taken as 0..1, larger ones as 0..255 (and
    anything above 255 as 0..max); integers above 255 as 16-bit (or 0..max). NaN becomes 0 and
    infinities are clipped; an image with no finite value at all raises ValueError.
    """
    if img.dtype == np.uint8:
        return img
    if img.dtype == np.bool_:
        return img.astype(np.uint8) * 255
    if img.dtype == np.uint16:
        return (img.astype(np.float32) / 257.0 + 0.5).astype(np.uint8)
    values = img.astype(np.float64)
    finite = np.isfinite(values)
    if not finite.any():
        raise ValueError("no finite pixel value")
    top = float(values[finite].max())
    if np.issubdtype(img.dtype, np.floating) and top <= 1.0:
        scale = 255.0
    elif top <= 255.0:
        scale = 1.0
    elif top <= 65535.0 and not np.issubdtype(img.dtype, np.floating):
        scale = 1.0 / 257.0
    else:
        scale = 255.0 / top
    values = np.where(finite, values, 0.0)
    return (np.clip(values * scale, 0.0, 255.0) + 0.5).astype(np.uint8)


def _decode_jpeg(
    data: bytes, source: Path | str, mode: str, size: tuple[int, int] | None, max_side: int
) -> np.ndarray | None:
    """libjpeg-turbo in strict mode; None when it cannot read the file at all (CMYK, 12-bit…).

    A file that decodes only when libjpeg's warnings are ignored is partly damaged: refused.
    """
    try:
        import simplejpeg
    except ImportError:  # a build without it: Pillow reads JPEG too (without warning checks)
        return None
    space = "GRAY" if mode == "gray" else "RGB"
    wide = size is not None and size[0] >= size[1]
    reduce = {}
    if size is not None and max(size) >= 2 * max_side:
        reduce = {"min_width": max_side} if wide else {"min_height": max_side}
    try:
        img = simplejpeg.decode_jpeg(data, colorspace=space, strict=True, **reduce)
    except (ValueError, RuntimeError) as strict_error:
        try:
            simplejpeg.decode_jpeg(data, colorspace=space, strict=False, **reduce)
        except (ValueError, RuntimeError):
            return None  # not something libjpeg-turbo reads: let Pillow try
        detail = str(strict_error).strip().rstrip(".")[:120]
        raise ImageError(
            source,
            translate(
                "ImageError", "it is partly damaged ({detail}): part of the picture is missing."
            ).format(detail=detail),
        ) from strict_error
    return img[:, :, 0] if img.ndim == 3 and img.shape[2] == 1 else img


_PILLOW_MODES = {  # Pillow mode -> mode to convert to before NumPy (None: as it is)
    "1": "L",
    "L": None,
    "RGB": None,
    "RGBA": None,
    "RGBa": "RGBA",  # premultiplied (TIFF associated alpha): undo it, then blend once
    "LA": "RGBA",
    "La": "RGBA",
    "PA": "RGBA",
    "CMYK": "RGB",
    "YCbCr": "RGB",
    "LAB": "RGB",
    "HSV": "RGB",
    "F": None,
    "I": None,
}


def _decode_pillow(data: bytes, source: Path | str) -> np.ndarray | None:
    """RGB(A), gray, 16-bit or float array; None when Pillow does not know the format."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            img = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        return None
    except Exception as exc:  # a header Pillow recognised but could not parse
        raise ImageError(source, _damaged()) from exc
    try:
        with img, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            img.load()
            mode = img.mode
            if mode == "P":
                target = "RGBA" if "transparency" in img.info else "RGB"
            elif mode.startswith("I;16"):
                target = None
            else:
                target = _PILLOW_MODES.get(mode, "RGB")
            return np.asarray(img.convert(target) if target else img)
    except ImageError:
        raise
    except Exception as exc:  # truncated, broken chunk, bad CRC, decoder error…
        raise ImageError(source, _damaged()) from exc


def _decode_opencv(data: bytes) -> np.ndarray | None:
    """The last resort (formats Pillow cannot open): channels turned from BGR(A) to RGB(A)."""
    logging = getattr(cv2, "utils", None) and getattr(cv2.utils, "logging", None)
    level = logging.getLogLevel() if logging else None
    try:
        if logging:  # a damaged TIFF is reported by us, with its name: libtiff need not say it
            logging.setLogLevel(logging.LOG_LEVEL_SILENT)
        img = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_UNCHANGED)
    except cv2.error:  # OpenCV refuses some headers (sizes over its limits) with an exception
        return None
    finally:
        if logging:
            logging.setLogLevel(level)
    if img is None or img.size == 0:
        return None
    if img.ndim == 3 and img.shape[2] == 3:
        return img[:, :, ::-1]
    if img.ndim == 3 and img.shape[2] == 4:
        return img[:, :, [2, 1, 0, 3]]
    return img


def decode(
    data: bytes, source: Path | str = "<memory>", mode: str = "rgb", max_side: int = MAX_SIDE
) -> np.ndarray:
    """Decode image bytes; ``mode`` is ``"rgb"`` (H, W, 3) or ``"gray"`` (H, W), uint8."""
    if mode not in ("rgb", "gray"):
        raise ValueError(f"mode must be 'rgb' or 'gray', not {mode!r}")
    if not data:
        raise ImageError(source, translate("ImageError", "the file is empty."))
    size, orientation = _read_header(data, source)
    img = None
    if data.startswith(b"\xff\xd8"):
        img = _decode_jpeg(data, source, mode, size, max_side)
    if img is None:
        img = _decode_pillow(data, source)
    if img is None and data[:4] in (b"II*\0", b"MM\0*"):  # float RGB(A) TIFF: OpenCV reads it
        img = _decode_opencv(data)
    if img is None or img.size == 0 or img.ndim not in (2, 3):
        raise ImageError(source, _damaged())
    try:
        img = to_uint8(img)
    except ValueError as exc:
        raise ImageError(
            source, translate("ImageError", "it holds no pixel values (all are NaN).")
        ) from exc
    if img.ndim == 3 and img.shape[2] == 2:  # gray + alpha
        img = img[:, :, [0, 0, 0, 1]]
    if img.ndim == 3 and img.shape[2] == 4:
        alpha = img[:, :, 3:4].astype(np.float32) / 255.0
        img = (img[:, :, :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha) + 0.5).astype(
            np.uint8
        )
    if img.ndim == 3 and img.shape[2] not in (1, 3):
        raise ImageError(source, _damaged())
    if img.ndim == 2 or img.shape[2] == 1:
        gray = img.reshape(img.shape[0], img.shape[1])
        img = gray if mode == "gray" else cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB)
    elif mode == "gray":
        img = cv2.cvtColor(np.ascontiguousarray(img), cv2.COLOR_RGB2GRAY)
    img = _apply_orientation(np.ascontiguousarray(img), orientation)
    h, w = img.shape[:2]
    if max(h, w) > max_side:
        scale = max_side / max(h, w)
        img = cv2.resize(
            img, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA
        )
    return np.ascontiguousarray(img)


def read_bytes(path: Path | str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of an image file: a regular file only, at most ``limit`` bytes; else ImageError."""
    try:
        return userfiles.read_regular(path, limit)
    except userfiles.FileProblem as problem:
        raise ImageError(path, file_problem_text(problem)) from problem


def file_problem_text(problem: userfiles.FileProblem) -> str:
    """The ImageError wording of a :class:`~visionagent.core.userfiles.FileProblem`."""
    if problem.reason == userfiles.MISSING:
        return translate("ImageError", "the file does not exist or cannot be opened.")
    if problem.reason == userfiles.FOLDER:
        return translate("ImageError", "it is a folder, not an image.")
    if problem.reason == userfiles.SPECIAL:
        return translate(
            "ImageError",
            "it is not a regular file (a pipe, a device or a socket), so it is not read.",
        )
    if problem.reason == userfiles.TOO_LARGE:
        return translate("ImageError", "the file is too large.")
    return translate("ImageError", "the file cannot be read ({error}).").format(
        error=problem.detail
    )


def read_image(path: Path | str, mode: str = "rgb", max_side: int = MAX_SIDE) -> np.ndarray:
    """Read an image file (any path, any supported format) as uint8 RGB or grayscale."""
    return decode(read_bytes(path), path, mode=mode, max_side=max_side)


def is_image_file(path: Path | str) -> bool:
    return Path(path).suffix.lower() in EXTENSIONS


def list_images(folder: Path | str) -> list[Path]:
    """Image files in ``folder`` (not recursive), sorted by name; unreadable entries are skipped.

    Raises OSError when the folder itself cannot be listed (permission denied, a name too long).
    """
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            try:
                if is_image_file(entry.name) and entry.is_file():
                    found.append(Path(entry.path))
            except OSError:
                continue
    return sorted(found)
