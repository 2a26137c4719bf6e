"""Calibrate the "not sure" thresholds of :mod:`visionagent.core.confidence`.

For each threshold (best probability) with the mode's margin, it counts

* ImageNet (general mode): on the 20 labelled foolbox ImageNet photos, the right answers the
  rule lets through ("sure and right"), the wrong ones it lets through ("sure and wrong"), and
  on 40 pictures no ImageNet class describes (the foolbox MNIST and Fashion-MNIST pictures,
  grey 28×28 enlarged) plus 20 generated ones (flat colours, noise), how many still get a
  confident name ("sure on non-photos");
* digits: on the 10,000 MNIST test digits, the errors among the sure answers and the share of
  digits flagged unsure, and on the 20 foolbox Fashion-MNIST pictures (not digits) how many
  get a confident digit.

    .venv/bin/python scripts/calibrate_confidence.py --foolbox .../foolbox/data \\
        [--mnist ../shared/datasets/mnist-test] [--models imagenet_efficientnet_lite2 ...]

The defaults in ``visionagent/core/confidence.py`` were chosen from these tables.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ["CUDA_VISIBLE_DEVICES"] = ""
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

THRESHOLDS = (0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def generated_pictures(count: int = 20, size: int = 300) -> list[np.ndarray]:
    """Flat colours and noise: pictures of nothing."""
    rng = np.random.default_rng(0)
    out = []
    for i in range(count):
        if i % 2 == 0:
            colour = rng.integers(0, 256, 3, dtype=np.uint8)
            out.append(np.broadcast_to(colour, (size, size, 3)).copy())
        else:
            out.append(rng.integers(0, 256, (size, size, 3), dtype=np.uint8))
    return out


def imagenet_table(args) -> None:
    from visionagent.core import imagenet
    from visionagent.core.confidence import DEFAULT_MARGINS, DEFAULT_THRESHOLDS, ConfidenceRule
    from visionagent.core.images import read_image
    from visionagent.core.registry import ModelRegistry

    photos = sorted(args.foolbox.glob("imagenet_*.jpg"))
    labels = np.array([int(p.stem.split("_")[-1]) for p in photos])
    others = [read_image(p) for p in sorted(args.foolbox.glob("mnist_*.png"))]
    others += [read_image(p) for p in sorted(args.foolbox.glob("fashionMNIST_*.png"))]
    others += generated_pictures()
    registry = ModelRegistry([REPO / "models"])
    margin = DEFAULT_MARGINS["imagenet"]
    for name in args.models:
        recognizer = imagenet.ImageNetRecognizer.from_registry(registry, name)
        classifier = recognizer.classifier
        photo_p = classifier.probabilities_batch(
            [classifier.prepare(read_image(p)) for p in photos]
        )
        other_p = classifier.probabilities_batch([classifier.prepare(o) for o in others])
        right = photo_p.argmax(axis=1) == labels
        print(
            f"\n{name}: {len(photos)} foolbox photos ({int(right.sum())} right at top-1), "
            f"{len(others)} non-photos; margin {margin}"
        )
        print("  threshold  sure&right  sure&wrong  unsure&right  sure on non-photos")
        for t in THRESHOLDS:
            rule = ConfidenceRule(t, margin)
            sure = rule.judge_batch(photo_p)
            sure_other = rule.judge_batch(other_p)
            mark = "  <- default" if t == DEFAULT_THRESHOLDS["imagenet"] else ""
            print(
                f"  {t:9.2f}  {int((sure & right).sum()):6d}/{int(right.sum()):<3d}"
                f"  {int((sure & ~right).sum()):6d}/{int((~right).sum()):<3d}"
                f"  {int((~sure & right).sum()):8d}"
                f"  {int(sure_other.sum()):10d}/{len(others)}{mark}"
            )
        t = DEFAULT_THRESHOLDS["imagenet"]
        for m in (0.0, 0.05, 0.1, 0.2):
            rule = ConfidenceRule(t, m)
            sure, sure_other = rule.judge_batch(photo_p), rule.judge_batch(other_p)
            print(
                f"  threshold {t:.2f} margin {m:.2f}: sure&right {int((sure & right).sum())}, "
                f"sure&wrong {int((sure & ~right).sum())}, sure on non-photos "
                f"{int(sure_other.sum())}"
            )
        best = photo_p.max(axis=1)
        print(
            f"  best probability: photos median {np.median(best):.3f} (right "
            f"{np.median(best[right]):.3f}), non-photos median {np.median(other_p.max(axis=1)):.3f}"
        )


def digits_table(args) -> None:
    from visionagent.core import digits
    from visionagent.core.confidence import DEFAULT_MARGINS, DEFAULT_THRESHOLDS, ConfidenceRule
    from visionagent.core.images import read_image
    from visionagent.core.registry import ModelRegistry

    images_path, labels_path = digits.find_idx_pair(args.mnist)
    x = digits.read_idx(images_path).astype(np.float32) / 255.0
    y = digits.read_idx(labels_path).astype(np.int64)
    recognizer, _ = digits.load_recognizer("digits_cnn", ModelRegistry([REPO / "models"]), False)
    p = np.concatenate([recognizer.probabilities(x[i : i + 1000]) for i in range(0, len(x), 1000)])
    fashion = [
        digits.preprocess(digits.to_ink(read_image(f)), "mnist", invert=False)
        for f in sorted(args.foolbox.glob("fashionMNIST_*.png"))
    ]
    fashion_p = recognizer.probabilities(np.stack(fashion))
    right = p.argmax(axis=1) == y
    margin = DEFAULT_MARGINS["digits"]
    print(
        f"\ndigits_cnn on {len(y)} MNIST test digits ({int(right.sum())} right), "
        f"{len(fashion)} Fashion-MNIST pictures; margin {margin}"
    )
    print("  threshold  unsure share  errors among sure  errors caught  sure on non-digits")
    for t in THRESHOLDS:
        rule = ConfidenceRule(t, margin)
        sure = rule.judge_batch(p)
        sure_fashion = rule.judge_batch(fashion_p)
        mark = "  <- default" if t == DEFAULT_THRESHOLDS["digits"] else ""
        print(
            f"  {t:9.2f}  {100 * (1 - sure.mean()):11.2f}%"
            f"  {int((sure & ~right).sum()):8d}/{int(sure.sum()):<5d}"
            f"  {int((~sure & ~right).sum()):6d}/{int((~right).sum()):<3d}"
            f"  {int(sure_fashion.sum()):10d}/{len(fashion)}{mark}"
        )
    old = p.max(axis=1) >= 0.80
    print(
        f"  old rule (best probability >= 0.80, no margin): unsure {100 * (1 - old.mean()):.2f}%,"
        f" errors among sure {int((old & ~right).sum())}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--foolbox", type=Path, required=True, help="foolbox/data folder")
    parser.add_argument("--mnist", type=Path, default=REPO.parent / "shared/datasets/mnist-test")
    parser.add_argument(
        "--models",
        nargs="+",
        default=["imagenet_efficientnet_lite2", "imagenet_efficientnet_lite0"],
    )
    args = parser.parse_args()
    imagenet_table(args)
    if args.mnist.is_dir():
        digits_table(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
