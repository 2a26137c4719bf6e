"""The sample pictures shipped in ``resources/samples`` (sources and licences in LICENSE.txt).

One table for every place that offers them (the Filters and Photos tabs, lessons, the
inspector): the file, a name in the UI language, and what the picture shows, so a tab can offer
the dogs first and a lesson can name a sample by its id.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from visionagent import paths
from visionagent.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Sample:
    id: str  # the file name without extension, e.g. "bullmastiff"
    file: str
    name: str  # English; shown through :meth:`label`
    kind: str  # "dog", "animal", "object", "grey" (a one-channel picture)

    @property
    def path(self) -> Path:
        return paths.resource("samples", self.file)

    def label(self) -> str:
        return translate("Samples", self.name)


SAMPLES: tuple[Sample, ...] = (
    Sample(
        "bullmastiff", "bullmastiff.jpg", QT_TRANSLATE_NOOP("Samples", "Bullmastiff (dog)"), "dog"
    ),
    Sample("dalmatian", "dalmatian.jpg", QT_TRANSLATE_NOOP("Samples", "Dalmatian (dog)"), "dog"),
    Sample("chelsea", "chelsea.png", QT_TRANSLATE_NOOP("Samples", "Chelsea the cat"), "animal"),
    Sample("coffee", "coffee.png", QT_TRANSLATE_NOOP("Samples", "Coffee"), "object"),
    Sample("rocket", "rocket.jpg", QT_TRANSLATE_NOOP("Samples", "Rocket"), "object"),
    Sample("astronaut", "astronaut.png", QT_TRANSLATE_NOOP("Samples", "Astronaut"), "object"),
    Sample("camera", "camera.png", QT_TRANSLATE_NOOP("Samples", "Cameraman"), "grey"),
    Sample("coins", "coins.png", QT_TRANSLATE_NOOP("Samples", "Coins"), "grey"),
)


def samples(kinds: tuple[str, ...] | None = None) -> list[Sample]:
    """The shipped samples that exist on disk, optionally only some kinds, in table order."""
    return [s for s in SAMPLES if (kinds is None or s.kind in kinds) and s.path.is_file()]


def sample(sample_id: str) -> Sample:
    """The sample called ``sample_id`` (``"dalmatian"``); ``KeyError`` when there is none."""
    for s in SAMPLES:
        if s.id == sample_id:
            return s
    raise KeyError(sample_id)
