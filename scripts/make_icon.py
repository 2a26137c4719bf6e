"""Draw the application icon (a 3×3 kernel over a feature map) as PNG and ICO.

python scripts/make_icon.py    # writes resources/icons/visionagent.png and .ico
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def draw(size: int = 256) -> np.ndarray:
    img = np.zeros((size, size, 4), np.uint8)
    r = size // 6
    color = (52, 101, 164, 255)  # RGBA blue
    cv2.rectangle(img, (r, 0), (size - r, size), color, -1)
    cv2.rectangle(img, (0, r), (size, size - r), color, -1)
    for cx in (r, size - r):
        for cy in (r, size - r):
            cv2.circle(img, (cx, cy), r, color, -1, lineType=cv2.LINE_AA)
    cell = size // 5
    start = size // 2 - cell * 3 // 2
    for i in range(3):
        for j in range(3):
            x0, y0 = start + j * cell, start + i * cell
            shade = 255 if (i, j) == (1, 1) else 190
            fill = (255, 200, 60, 255) if (i, j) == (1, 1) else (shade, shade, shade, 255)
            cv2.rectangle(
                img,
                (x0 + 4, y0 + 4),
                (x0 + cell - 4, y0 + cell - 4),
                fill,
                -1,
                lineType=cv2.LINE_AA,
            )
    return img


def main() -> None:
    from PIL import Image

    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    image = Image.fromarray(draw(256), "RGBA")
    image.save(out / "visionagent.png")
    image.save(
        out / "visionagent.ico",
        sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    print(f"wrote {out}/visionagent.png and .ico")


if __name__ == "__main__":
    main()
