"""How the digits model answers shapes that are no digit, and which of them it flags as unsure.

Draws ten shapes (cross, plus, dash, wave, hash, spiral, zigzag, triangle, star, square) as a
mouse would, black on white in a 280×280 box with a 14 px pen, reads them through the same core
as the Digits tab and prints one line per shape: the digit, its probability, unsure or not, and
what each member of an ensemble says.

    python scripts/non_digit_shapes.py [--model digits_cnn]
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZE = 280
PEN = 14


def _spiral() -> list[tuple[float, float]]:
    return [(0.5 + t / 75 * math.cos(t / 3), 0.5 + t / 75 * math.sin(t / 3)) for t in range(30)]


def _wave() -> list[tuple[float, float]]:
    return [(0.15 + 0.035 * t, 0.5 + 0.2 * math.sin(t / 20 * 4 * math.pi)) for t in range(21)]


SHAPES = {
    "cross": [[(0.25, 0.25), (0.75, 0.75)], [(0.75, 0.25), (0.25, 0.75)]],
    "plus": [[(0.5, 0.2), (0.5, 0.8)], [(0.2, 0.5), (0.8, 0.5)]],
    "dash": [[(0.2, 0.5), (0.8, 0.5)]],
    "wave": [_wave()],
    "hash": [
        [(0.35, 0.15), (0.35, 0.85)],
        [(0.65, 0.15), (0.65, 0.85)],
        [(0.15, 0.38), (0.85, 0.38)],
        [(0.15, 0.62), (0.85, 0.62)],
    ],
    "spiral": [_spiral()],
    "zigzag": [[(0.2, 0.2), (0.8, 0.35), (0.2, 0.5), (0.8, 0.65), (0.2, 0.8)]],
    "triangle": [[(0.5, 0.2), (0.8, 0.8), (0.2, 0.8), (0.5, 0.2)]],
    "star": [[(0.5, 0.15), (0.7, 0.85), (0.15, 0.4), (0.85, 0.4), (0.3, 0.85), (0.5, 0.15)]],
    "square": [[(0.25, 0.25), (0.75, 0.25), (0.75, 0.75), (0.25, 0.75), (0.25, 0.25)]],
}


def render(strokes: list[list[tuple[float, float]]]) -> np.ndarray:
    image = np.full((SIZE, SIZE), 255, np.uint8)
    for stroke in strokes:
        points = np.array([(x * SIZE, y * SIZE) for x, y in stroke], np.int32)
        cv2.polylines(image, [points], False, 0, PEN, cv2.LINE_AA)
    return image


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="digits_cnn")
    args = parser.parse_args()
    from visionagent.core import digits

    recognizer, _info = digits.load_recognizer(args.model)
    names = list(SHAPES)
    result = recognizer.recognize([render(SHAPES[name]) for name in names])
    members = [layer for layer in recognizer.model.layers if hasattr(layer, "layers")]
    inputs = np.stack([box.network_input for box in result.boxes])[..., None].astype(np.float32)
    votes = [np.asarray(member(inputs, training=False)) for member in members]
    flagged = 0
    for n, (name, box) in enumerate(zip(names, result.boxes, strict=True)):
        flagged += box.unsure
        each = " ".join(f"{int(v[n].argmax())}:{100 * v[n].max():.0f}%" for v in votes)
        print(
            f"{name:9s} {box.digit} {100 * box.confidence:5.1f}%  "
            f"{'unsure' if box.unsure else 'sure  '}  members {each or '-'}"
        )
    print(f"flagged unsure: {flagged} of {len(names)} shapes that are no digit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
