"""``visionagent inspect IMAGE --model NAME|PATH --out DIR``: inside a model, layer by layer.

The same core as the Filters tab's network view (:class:`visionagent.core.inspector.Inspector`):
the picture is prepared by the model's own preprocessing, every layer's feature maps are written
as one PNG grid per layer into DIR (``input.png`` is what the model saw), and the layer table is
printed: kind, output shape, parameters, receptive field and jump in input pixels,
multiplications (example 8-2's rule). ``--json`` prints one JSON object instead.

Exit codes: 0 done; 2 bad model, picture, layer, member, epoch or output folder (one line on
stderr, nothing written).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from visionagent.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "inspect",
        help=translate(
            "Cli",
            "feature maps, receptive fields and multiplications of every layer for one picture",
        ),
        description=translate(
            "Cli",
            "Look inside a model for one picture: one PNG grid of feature maps per layer in "
            "--out, and the layer table (kind, output shape, parameters, receptive field, jump, "
            "multiplications).",
        ),
    )
    p.add_argument(
        "image", metavar="IMAGE", help=translate("Cli", "the picture (a digit, a photo…)")
    )
    p.add_argument(
        "--model",
        required=True,
        metavar="NAME|PATH",
        help=translate("Cli", "registry model name or a .keras path"),
    )
    p.add_argument(
        "--out", required=True, metavar="DIR", help=translate("Cli", "folder for the PNG files")
    )
    p.add_argument(
        "--layer",
        metavar="NAME",
        help=translate("Cli", "only this layer (name or member/name)"),
    )
    p.add_argument(
        "--member",
        type=int,
        default=1,
        metavar="K",
        help=translate("Cli", "for an ensemble: which sub-model to show, from 1 (default 1)"),
    )
    p.add_argument(
        "--epoch",
        type=int,
        metavar="K",
        help=translate(
            "Cli", "use the weights saved after epoch K (models trained with epoch snapshots)"
        ),
    )
    p.add_argument(
        "--gradcam",
        action="store_true",
        help=translate("Cli", "also write gradcam.png (where the model looked)"),
    )
    p.add_argument(
        "--size",
        type=int,
        default=768,
        metavar="PIXELS",
        help=translate("Cli", "longest side of each PNG grid (default 768)"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "print one JSON object instead of text"),
    )
    p.set_defaults(func=run)


def _registry_and_name(model: str):
    from visionagent.core.registry import ModelRegistry

    return ModelRegistry.for_model(model)


def file_name(index: int, path: str) -> str:
    """``007_member_1__conv2d.png``: the layer's position and path, safe as a file name."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", path.replace("/", "__")).strip("._") or "layer"
    return f"{index:03d}_{safe}.png"


def _write_png(path: Path, rgb) -> None:
    import cv2

    from visionagent.core import atomic

    ok, data = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    if not ok:
        raise OSError(f"could not encode {path.name}")
    atomic.write_bytes(path, data.tobytes())


def _number(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, (tuple, list)):
        return "×".join(str(v) for v in value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    import numpy as np

    from visionagent.core import filters
    from visionagent.core.images import ImageError, read_image
    from visionagent.core.inspector import Inspector
    from visionagent.core.registry import ModelError

    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():
        return _fail(
            translate("InspectCli", "{path} exists and is not a folder.").format(path=str(out))
        )
    try:
        image = read_image(args.image)
    except ImageError as exc:
        return _fail(str(exc))
    try:
        if args.member < 1:
            raise ValueError(translate("InspectCli", "--member counts from 1."))
        if args.size < 64:
            raise ValueError(translate("InspectCli", "--size must be at least 64 pixels."))
        registry, name = _registry_and_name(args.model)
        model, info = registry.load(name)
        inspector = Inspector(model, info, member=args.member - 1)
        if args.epoch is not None:
            inspector.set_epoch(args.epoch)
        inspection = inspector.run(image, layer=args.layer)
    except ModelError as exc:
        return _fail(str(exc))
    except ValueError as exc:
        return _fail(
            translate("InspectCli", "{model}: {problem}").format(model=args.model, problem=exc)
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
        picture = np.clip(inspection.input.picture * 255.0, 0, 255).astype(np.uint8)
        if picture.shape[2] == 1:
            picture = np.repeat(picture, 3, axis=2)
        _write_png(out / "input.png", picture)
        rows = []
        for row in inspection.layers:
            record = row.to_json()
            record["maps"] = None
            if row.maps is not None:
                record["maps"] = file_name(row.index, row.path)
                _write_png(out / record["maps"], filters.map_grid(row.maps, max_side=args.size))
            rows.append(record)
        cam_record = None
        if args.gradcam:
            cam_record = _gradcam(inspector, inspection, image, out)
    except OSError as exc:
        return _fail(
            translate("InspectCli", "Cannot write into {path}: {error}").format(
                path=str(out), error=exc.strerror or exc
            )
        )
    report = {
        "model": inspector.name,
        "input": {
            "file": str(args.image),
            "shape": list(inspection.input.batch.shape[1:]),
            "preprocessing": inspection.input.preprocessing,
            "box": list(inspection.input.box),
            "picture": "input.png",
        },
        "member": inspection.member or None,
        "members": inspector.members,
        "epoch": inspection.epoch,
        "note": inspection.note,
        "out": str(out),
        "layers": rows,
        "prediction": inspection.prediction.to_json(),
    }
    if cam_record is not None:
        report["gradcam"] = cam_record
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_table(report)
    return 0


def _gradcam(inspector, inspection, image, out: Path) -> dict:
    import numpy as np

    from visionagent.core import cam

    result = inspector.gradcam(inspection.input, inspection.prediction.best)
    heatmap = cam.expand_heatmap(
        result.heatmap, inspection.input.box, inspection.input.original_size
    )
    photo = image if image.ndim == 3 else np.repeat(image[:, :, None], 3, axis=2)
    _write_png(out / "gradcam.png", cam.overlay_heatmap(photo[:, :, :3], heatmap))
    return {"file": "gradcam.png", "layer": result.layer, "method": result.method}


def _print_table(report: dict) -> None:
    heading = translate("InspectCli", "{model} on {file}").format(
        model=report["model"], file=report["input"]["file"]
    )
    print(heading)
    if report["note"]:
        print(report["note"])
    columns = (
        translate("InspectCli", "layer"),
        translate("InspectCli", "kind"),
        translate("InspectCli", "output"),
        translate("InspectCli", "parameters"),
        translate("InspectCli", "receptive field"),
        translate("InspectCli", "jump"),
        translate("InspectCli", "multiplications"),
    )
    lines = [columns]
    for row in report["layers"]:
        lines.append(
            (
                row["path"],
                row["kind"],
                _number(row["output_shape"]),
                _number(row["parameters"]),
                _number(row["receptive_field"]),
                _number(row["jump"]),
                _number(row["multiplications"]),
            )
        )
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(columns))]
    for line in lines:
        print("  ".join(str(v).ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    best = report["prediction"]
    print(
        translate("InspectCli", "Prediction: {name} ({percent:.1f}%)").format(
            name=best["class"], percent=100 * best["probability"]
        )
    )
    print(translate("InspectCli", "Feature maps written to {path}").format(path=report["out"]))
