"""``visionagent export MODEL --format F --out PATH``: a model for phones, servers or Colab.

::

    visionagent export digits_cnn --format tflite-int8 --out exports/
    visionagent export my_run.keras --format script --out my_run.py

MODEL is a registry name or a ``.keras`` path. Formats: ``tflite`` (float), ``tflite-int8``
(full-integer, calibrated on the model's training data), ``saved-model`` (a folder),
``script`` (a Keras program that rebuilds and retrains the model, for Colab). Each export is
checked after writing; the report gives its size and how often it answers like Keras.
"""

from __future__ import annotations

import argparse
import json
import sys

from visionagent.i18n import translate


def register(sub) -> None:
    from visionagent.core.export import FORMATS

    p = sub.add_parser(
        "export",
        help=translate(
            "Cli", "export a model as TFLite (float or INT8), a SavedModel or a Keras program"
        ),
        description=translate(
            "Cli",
            "Write MODEL in another format, run the result on sample inputs and compare its "
            "answers with Keras.",
        ),
    )
    p.add_argument(
        "model", metavar="MODEL", help=translate("Cli", "registry model name or a .keras file")
    )
    p.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help=translate(
            "Cli",
            "file to write (a folder for saved-model); an existing folder or one ending in / "
            "receives NAME.tflite, NAME-int8.tflite, NAME_saved_model or NAME.py",
        ),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "print the report as one JSON object"),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from visionagent.core.export import export
    from visionagent.core.registry import ModelError

    try:
        report = export(args.model, args.fmt, args.out)
    except (ModelError, ValueError, OSError) as exc:
        print(translate("ExportCli", "export failed: {error}").format(error=exc), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        for line in report.lines():
            print(line)
    return 0
