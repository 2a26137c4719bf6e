"""``visionagent architectures [NAME] [--json]``: the architecture gallery.

Without a name: one line per network (year, parameters, multiplications for one input, depth —
layers with weights, as fig. 8-22 counts them —, path — convolution and dense layers on the
longest path, ResNet-50's 50 —, what to train here), from the gallery's precomputed table:
nothing is built, so it answers at once. ``--json`` prints ``[{"name", "title", "parameters",
"multiplications", "depth", "longest_path", "input_shape", "classes", "year", "idea",
"trainable_here", "try_here"}]``.
``--recompute`` builds every network instead (random weights, minutes).

With a name (a gallery network or a trainer architecture such as ``mini-resnet``): that network is
built and its layer table printed (output shape, parameters and multiplications of every layer);
``--json`` prints the summary with ``"layers"``. An unknown name exits 2 with one line.
"""

from __future__ import annotations

import argparse
import json
import sys

from visionagent.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "architectures",
        help=translate(
            "Cli",
            "the architecture gallery: LeNet-5 to EfficientNet, parameters, multiplications, depth",
        ),
    )
    p.add_argument(
        "name",
        nargs="?",
        default=None,
        help=translate(
            "Cli",
            "show the layer table of one network (a gallery name or a trainer architecture)",
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.add_argument(
        "--recompute",
        action="store_true",
        help=translate(
            "Cli",
            "build every network to count again instead of using the stored figures (slow)",
        ),
    )
    p.add_argument(
        "--input-shape",
        default=None,
        metavar="HxWxC",
        help=translate("Cli", "input of a trainer architecture's layer table (default 28x28x1)"),
    )
    p.set_defaults(func=run)


def _shape(text: str | None) -> tuple[int, ...] | None:
    if text is None:
        return None
    try:
        shape = tuple(int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        shape = ()
    if len(shape) != 3 or min(shape) < 1:
        raise ValueError(
            translate("Gallery", "--input-shape must look like 32x32x3, not {text!r}.").format(
                text=text
            )
        )
    return shape


def run(args: argparse.Namespace) -> int:
    from visionagent.core import gallery

    try:
        if args.name is None:
            return _list(gallery, args)
        return _one(gallery, args.name, _shape(args.input_shape), args.json)
    except ValueError as exc:  # UnknownArchitecture, a bad shape
        print(str(exc), file=sys.stderr)
        return 2


def _list(gallery, args) -> int:
    rows = gallery.summaries(compute=args.recompute)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    header = (
        f"{translate('Gallery', 'name'):<19} {translate('Gallery', 'year'):>4} "
        f"{translate('Gallery', 'parameters'):>12} {translate('Gallery', 'multiplications'):>15} "
        f"{translate('Gallery', 'depth'):>5} {translate('Gallery', 'path'):>4}  "
        f"{translate('Gallery', 'train here')}"
    )
    print(header)
    for row in rows:
        year = "" if row["year"] is None else str(row["year"])
        print(
            f"{row['name']:<19} {year:>4} {row['parameters']:>12,} {row['multiplications']:>15,} "
            f"{row['depth']:>5} {row['longest_path']:>4}  {row['try_here']}"
        )
    return 0


def _one(gallery, name: str, shape, as_json: bool) -> int:
    found = gallery.details(name, input_shape=shape)
    numbers = found.numbers
    if as_json:
        summary = (
            gallery.summary(name)
            if found.entry is not None
            else {"name": name, "input_shape": list(found.table.input_shape)}
        )
        summary.update(numbers.to_json())
        summary["layers"] = [row.to_json() for row in found.table.layers]
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    if found.entry is not None:
        year = "" if found.entry.year is None else f" ({found.entry.year})"
        print(f"{found.entry.title}{year}: {found.entry.idea_text()}")
    for row in found.table.layers:
        shape_text = "×".join("?" if s is None else str(s) for s in row.output_shape)
        print(
            f"{row.path[:44]:<44} {row.kind:<15} {shape_text:>14} {row.parameters:>12,} "
            f"{row.multiplications:>15,}"
        )
    print(
        translate(
            "Gallery",
            "{parameters} parameters, {multiplications} multiplications for one input, depth "
            "{depth} (layers with weights), {path} convolution and dense layers on the longest "
            "path",
        ).format(
            parameters=f"{numbers.parameters:,}",
            multiplications=f"{numbers.multiplications:,}",
            depth=numbers.depth,
            path=numbers.longest_path,
        )
    )
    return 0
