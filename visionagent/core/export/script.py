"""The ``script`` export: a readable Keras program that rebuilds a model and trains it again.

From GUI to code: the student takes the program to Colab (or any Python with TensorFlow) and
continues there. It is written in the textbook's style (programs 8-1 to 8-5: load the data,
build the network layer by layer, compile, fit, evaluate, save) and reproduces the run recorded
in the model's JSON: data set and split, optimizer, learning rate and schedule, loss, epochs,
batch size, augmentation, early stopping, transfer-learning fine-tuning. The network comes from
the model's own layer configs (:mod:`visionagent.core.export.graph`), so any model the trainer
makes, or one imported, is covered.

The program has ``--quick`` (also ``VISIONAGENT_QUICK=1``): one epoch on a few hundred samples,
no test-set download, to check in seconds that it runs; ``--data`` (VisionAgent's bundled
``mnist-10k.npz`` or an image folder), ``--weights`` (start from the exported model's weights)
and ``--out``.
"""

from __future__ import annotations

import datetime
import textwrap
from typing import Any

from visionagent import __version__
from visionagent.core.export import graph

KERAS_DATASETS = {"mnist": "mnist", "fashion-mnist": "fashion_mnist", "cifar10": "cifar10"}
APPLICATIONS = {
    "densenet121": "DenseNet121",
    "mobilenet_v2": "MobileNetV2",
    "efficientnet_b0": "EfficientNetB0",
}
OPTIMIZER_CLASSES = {"adam": "Adam", "sgd": "SGD", "rmsprop": "RMSprop", "adagrad": "Adagrad"}
QUICK_SAMPLES = 256
LOSS_TEXT = {
    "crossentropy": "sparse categorical cross-entropy (labels are class numbers)",
    "mse": "mean squared error on one-hot labels (example 8-3)",
    "focal": "focal loss on one-hot labels (for unbalanced classes)",
}


def _momentum(hp: dict[str, Any]) -> float:
    """The optimizer's momentum as the trainer uses it (None: SGD 0.9, RMSprop 0)."""
    optimizer = str(hp.get("optimizer", "adam")).lower()
    if optimizer not in ("sgd", "rmsprop"):
        return 0.0
    value = hp.get("momentum")
    if value is None:
        return 0.9 if optimizer == "sgd" else 0.0
    return float(value)


def _settings(info, model) -> dict[str, Any]:
    """The run's settings from the JSON, with the trainer's defaults where nothing was recorded."""
    hp = dict(info.meta.get("hyperparameters") or {})
    recorded = bool(hp)
    shape = [int(s) for s in model.inputs[0].shape[1:]] if model.inputs else info.input_shape
    dataset = hp.get("dataset")
    if not dataset:
        digits_like = shape == [28, 28, 1]
        dataset = "mnist" if digits_like else "my_images"
    augmentation = hp.get("augmentation") or {}
    if not isinstance(augmentation, dict):
        augmentation = {}
    return {
        "recorded": recorded,
        "dataset": str(dataset),
        "folder": str(dataset) not in ("mnist-10k", *KERAS_DATASETS),
        "arch": hp.get("arch", ""),
        "epochs": int(hp.get("epochs", 5)),
        "batch_size": int(hp.get("batch_size", 32 if shape[-1] == 3 else 128)),
        "learning_rate": float(hp.get("learning_rate", 1e-3)),
        "optimizer": str(hp.get("optimizer", "adam")).lower(),
        "momentum": _momentum(hp),
        "lr_schedule": hp.get("lr_schedule", "constant"),
        "validation_split": float(hp.get("validation_split", 0.1)),
        "seed": int(hp.get("seed", 123)),
        "limit": hp.get("limit"),
        "early_stopping": bool(hp.get("early_stopping", False)),
        "monitor": hp.get("monitor", "val_loss"),
        "patience": int(hp.get("patience", 5)),
        "restore_best": bool(hp.get("restore_best", False)),
        "image_size": int(shape[0]) if len(shape) == 3 else int(hp.get("image_size", 224)),
        "backbone": hp.get("backbone", ""),
        "fine_tune_epochs": int(hp.get("fine_tune_epochs", 0))
        if hp.get("arch") == "transfer"
        else 0,
        "fine_tune_layers": int(hp.get("fine_tune_layers", 20)),
        "fine_tune_lr_factor": float(hp.get("fine_tune_lr_factor", 0.1)),
        "transfer_recipe": str(hp.get("transfer_recipe", "fast")),
        "augmentation": {k: v for k, v in augmentation.items() if v},
        "value_max": 255.0 if info.preprocessing == "efficientnet_lite" else 1.0,
        "shape": shape,
        "class_names": list(info.class_names),
        "class_ids": list(info.meta.get("class_ids") or []),
        "softmax": outputs_probabilities(model),
        "loss": str(hp.get("loss", "crossentropy")),
    }


def outputs_probabilities(model) -> bool:
    """Whether the model ends in probabilities (softmax, or an average of softmax members)."""
    import numpy as np

    shape = [1, *(int(d) for d in model.inputs[0].shape[1:])]
    out = np.asarray(model(np.full(shape, 0.5, np.float32), training=False), dtype=np.float64)
    return bool((out >= -1e-6).all() and np.allclose(out.sum(axis=-1), 1.0, atol=1e-3))


MODEL_WRAPPERS = ("Functional", "Sequential")


def _application_build(model, s: dict[str, Any], code: graph.Code, keras) -> str | None:
    """Program 8-7's recipe for a ``keras.applications`` backbone, or None for other models."""
    constructor = APPLICATIONS.get(s["backbone"]) if s["arch"] == "transfer" else None
    if constructor is None:
        return None
    config = model.get_config()
    entries = config.get("layers", [])
    inputs = [e for e in entries if e["class_name"] == "InputLayer"]
    before = [e for e in entries if e["name"].startswith("backbone_")]
    head = [e for e in entries if e["name"].startswith("head_")]
    if len(inputs) != 1 or not head:
        return None
    emitter = graph.Emitter(keras)
    code.layer_imports.add("Input")
    code.model_imports.add("Model")
    shape = graph.py(s["shape"])
    lines = [
        "def build_model():",
        f'    """Program 8-7\'s recipe: {constructor} pretrained on ImageNet, without its top, '
        'and a new head."""',
        f"    image = Input(shape={shape}, name={graph.py(inputs[0]['name'])})",
        "    x = image",
    ]
    lines += [f"    x = {emitter.call(e, code)}(x)" for e in before]
    lines += [
        f"    base_model = {constructor}(include_top=False, weights=BACKBONE_WEIGHTS, "
        "input_tensor=x)",
        "    base_model.trainable = False  # feature extraction first: the backbone is frozen"
        if s["transfer_recipe"] != "textbook"
        else "    # program 8-7 as printed: the whole network trains (Adam, a tiny learning rate)",
        "    x = base_model.output",
    ]
    lines += [f"    x = {emitter.call(e, code)}(x)" for e in head]
    lines.append(f"    return Model(image, x, name={graph.py(config.get('name', 'transfer'))})")
    code.functions.append("\n".join(lines))
    return constructor


def _import_line(module: str, names: list[str]) -> str:
    line = f"from {module} import " + ", ".join(names)
    if len(line) <= 99:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


def _header(info, s: dict[str, Any], title: str) -> str:
    aug = s["augmentation"]
    aug_text = ", ".join(f"{k} {v}" for k, v in aug.items()) if aug else "off"
    recorded = (
        "the settings of the VisionAgent run recorded in its JSON"
        if s["recorded"]
        else "VisionAgent's default settings (this model recorded no training run)"
    )
    optimizer = s["optimizer"] + (f", momentum {s['momentum']}" if s["momentum"] else "")
    return textwrap.dedent(
        f'''\
        """{title}: rebuilt from VisionAgent, to train again in Colab or any Python.

        Written by VisionAgent {__version__} on {datetime.date.today().isoformat()} from the model
        {info.name!r}. It builds the same network layer by layer and trains it with
        {recorded}:
          data set {s["dataset"]} (validation split {s["validation_split"]}, seed {s["seed"]})
          optimizer {optimizer}, learning rate {s["learning_rate"]} ({s["lr_schedule"]})
          loss {LOSS_TEXT.get(s["loss"], s["loss"])}
          {s["epochs"]} epochs, batches of {s["batch_size"]}, augmentation {aug_text}

        Run it in Colab (Runtime > Run all, or "!python {{this file}}") or with Python:
          python this_file.py              the whole run
          python this_file.py --quick      one short epoch on a few samples (a check that it works;
                                           also VISIONAGENT_QUICK=1)
          --epochs N     another number of epochs
          --data PATH    {_data_help(s)}
          --weights FILE start from the weights of the VisionAgent model (the exported .keras)
          --out FILE     where the trained model is saved (default {info.name}_colab.keras)
        """
        '''
    )


def _data_help(s: dict[str, Any]) -> str:
    if s["dataset"] == "mnist-10k":
        return "VisionAgent's resources/datasets/mnist-10k.npz (else MNIST is downloaded)"
    if s["folder"]:
        return "the image folder (one subfolder of images per class)"
    return "not needed: keras.datasets downloads the data"


def _data_code(s: dict[str, Any]) -> str:
    """``load_data(path, quick)`` returning arrays (or tf.data for a folder)."""
    prepare = textwrap.dedent(
        """\
        def prepare(x, y):
            \"\"\"uint8 images → floats in the model's input range, labels as a flat vector.\"\"\"
            x = x.astype(np.float32) / 255.0 * VALUE_MAX
            if x.ndim == 3:  # (N, 28, 28) → (N, 28, 28, 1): the 2-D structure a CNN needs
                x = x[..., np.newaxis]
            return x, y.reshape(-1).astype(np.int64)


        def split(x, y):
            \"\"\"VisionAgent's split: a seeded shuffle, VALIDATION_SPLIT of it held out.\"\"\"
            order = np.random.default_rng(SEED).permutation(len(x))
            n_val = int(round(len(x) * VALIDATION_SPLIT))
            return (x[order[n_val:]], y[order[n_val:]]), (x[order[:n_val]], y[order[:n_val]])
        """
    )
    if s["folder"]:
        return textwrap.dedent(
            """\
            def load_data(path, quick):
                \"\"\"An image folder read as in program 8-7: one subfolder per class.\"\"\"
                train_ds, val_ds = keras.utils.image_dataset_from_directory(
                    pathlib.Path(path or DATA_DIR),
                    labels="inferred",
                    label_mode="int",
                    class_names=CLASS_IDS or None,
                    validation_split=VALIDATION_SPLIT,
                    subset="both",
                    seed=SEED,
                    image_size=(IMAGE_SIZE, IMAGE_SIZE),
                    crop_to_aspect_ratio=True,
                    batch_size=None,
                )
                scale = VALUE_MAX / 255.0
                train_ds = train_ds.map(lambda x, y: (x * scale, y))
                val_ds = val_ds.map(lambda x, y: (x * scale, y))
                if quick:
                    train_ds, val_ds = train_ds.take(QUICK_SAMPLES), val_ds.take(QUICK_SAMPLES // 2)
                elif LIMIT:
                    train_ds = train_ds.take(LIMIT)
                return train_ds, val_ds, None
            """
        )
    if s["dataset"] == "mnist-10k":
        body = textwrap.dedent(
            """\
            def load_data(path, quick):
                \"\"\"mnist-10k: the 10,000 MNIST training digits bundled with VisionAgent.

                With --data, VisionAgent's own file (resources/datasets/mnist-10k.npz); otherwise
                MNIST from keras.datasets, first 10,000 training digits (a close equivalent).
                The test set is MNIST's 10,000 test digits (skipped with --quick).
                \"\"\"
                test = None
                if path:
                    with np.load(path, allow_pickle=False) as data:
                        x, y = data["x"], data["y"]
                else:
                    (x, y), test = keras.datasets.mnist.load_data()
                    x, y = x[:10000], y[:10000]
                if test is None and not quick:
                    _, test = keras.datasets.mnist.load_data()
                x, y = prepare(x, y)
                if LIMIT:
                    x, y = x[:LIMIT], y[:LIMIT]
                train, val = split(x, y)
                return train, val, (prepare(*test) if test is not None and not quick else None)
            """
        )
        return prepare + "\n\n" + body
    loader = KERAS_DATASETS[s["dataset"]]
    body = textwrap.dedent(
        f"""\
        def load_data(path, quick):
            \"\"\"{s["dataset"]} from keras.datasets (downloaded once, then cached).\"\"\"
            (x, y), test = keras.datasets.{loader}.load_data()
            x, y = prepare(x, y)
            if LIMIT:
                x, y = x[:LIMIT], y[:LIMIT]
            train, val = split(x, y)
            return train, val, (None if quick else prepare(*test))
        """
    )
    return prepare + "\n\n" + body


def _augment_code(s: dict[str, Any], code: graph.Code) -> str:
    aug = s["augmentation"]
    if not aug:
        return ""
    if aug.get("shear") or aug.get("elastic"):
        return _DIGIT_WARP.format(
            rotation=float(aug.get("rotation_deg", 0.0)),
            zoom=float(aug.get("zoom", 0.0)),
            shear=float(aug.get("shear", 0.0)),
            shift=float(aug.get("shift", 0.0)),
            elastic=float(aug.get("elastic", 0.0)),
            thickness=bool(aug.get("thickness", False)),
        )
    parts = []
    if aug.get("flip"):
        parts.append('RandomFlip("horizontal", seed=SEED)')
    if aug.get("rotation_deg"):
        parts.append(
            f'RandomRotation({aug["rotation_deg"]} / 360, fill_mode="constant", seed=SEED)'
        )
    if aug.get("zoom"):
        parts.append(f'RandomZoom({aug["zoom"]}, fill_mode="constant", seed=SEED)')
    if aug.get("shift"):
        parts.append(
            f'RandomTranslation({aug["shift"]}, {aug["shift"]}, fill_mode="constant", seed=SEED)'
        )
    if aug.get("contrast"):
        parts.append(f"RandomContrast({aug['contrast']}, value_range=(0, VALUE_MAX), seed=SEED)")
    for part in parts:
        code.layer_imports.add(part.split("(")[0])
    layers_text = "".join(f"        {p},\n" for p in parts)
    text = "# Program 8-5's idea: each training batch is changed a little at random.\n"
    text += f"augmenter = keras.Sequential(\n    [\n{layers_text}    ]\n)\n" if parts else ""
    text += "\n\ndef augment(images):\n"
    if aug.get("thickness"):
        text += textwrap.indent(_THICKNESS, "    ")
    if parts:
        text += "    images = augmenter(images, training=True)\n"
    text += "    return tf.clip_by_value(images, 0.0, VALUE_MAX)\n"
    return text


_THICKNESS = """\
# strokes a little thicker or thinner: 3x3 dilation or erosion, or neither, at random
dilated = tf.nn.max_pool2d(images, 3, 1, "SAME")
eroded = -tf.nn.max_pool2d(-images, 3, 1, "SAME")
choice = tf.random.uniform([tf.shape(images)[0], 1, 1, 1], 0, 3, dtype=tf.int32)
images = tf.where(choice == 1, dilated, tf.where(choice == 2, eroded, images))
"""

_DIGIT_WARP = """\
# VisionAgent's handwriting augmentation: per image a random rotation (±{rotation}°), scale
# (±{zoom}), shear (±{shear}), shift (±{shift} of the side) and a smooth elastic distortion (up to
# {elastic} px, Simard et al. 2003), applied in one bilinear resampling with black fill.
ROTATION, ZOOM, SHEAR = {rotation}, {zoom}, {shear}
SHIFT, ELASTIC, THICKNESS = {shift}, {elastic}, {thickness}
generator = tf.random.Generator.from_seed(SEED)


def augment(images):
    images = tf.convert_to_tensor(images, tf.float32)
    b, h, w, c = tf.shape(images)[0], tf.shape(images)[1], tf.shape(images)[2], tf.shape(images)[3]
    hf, wf = tf.cast(h, tf.float32), tf.cast(w, tf.float32)

    def uniform(limit):
        return generator.uniform([b, 1, 1], -limit, limit)

    if THICKNESS:  # blend part-way towards a 3x3 dilation or erosion
        amount = generator.uniform([b, 1, 1, 1], -0.3, 0.5)
        dilated = tf.nn.max_pool2d(images, 3, 1, "SAME")
        eroded = -tf.nn.max_pool2d(-images, 3, 1, "SAME")
        images += tf.nn.relu(amount) * (dilated - images) + tf.nn.relu(-amount) * (eroded - images)
    ys, xs = tf.meshgrid(tf.range(hf) - (hf - 1) / 2, tf.range(wf) - (wf - 1) / 2, indexing="ij")
    angle = uniform(ROTATION * math.pi / 180)
    scale = tf.exp(uniform(ZOOM))
    shear = uniform(SHEAR)
    cos, sin = tf.cos(angle) / scale, tf.sin(angle) / scale
    sx = cos * xs + (sin + shear / scale) * ys + uniform(SHIFT * wf) + (wf - 1) / 2
    sy = -sin * xs + cos * ys + uniform(SHIFT * hf) + (hf - 1) / 2
    if ELASTIC:
        grid = generator.uniform([b, 4, 4, 2], -1.0, 1.0)
        field = tf.image.resize(grid, [h, w], method="bicubic") * ELASTIC
        sx, sy = sx + field[..., 0], sy + field[..., 1]
    x0, y0 = tf.floor(sx), tf.floor(sy)
    wx, wy = (sx - x0)[..., None], (sy - y0)[..., None]
    flat = tf.reshape(images, [-1, c])
    base = tf.reshape(tf.range(b) * h * w, [b, 1, 1])

    def tap(yy, xx):
        inside = (xx >= 0) & (xx <= wf - 1) & (yy >= 0) & (yy <= hf - 1)
        xi = tf.cast(tf.clip_by_value(xx, 0, wf - 1), tf.int32)
        yi = tf.cast(tf.clip_by_value(yy, 0, hf - 1), tf.int32)
        return tf.where(inside[..., None], tf.gather(flat, base + yi * w + xi), 0.0)

    top = (1 - wx) * tap(y0, x0) + wx * tap(y0, x0 + 1)
    bottom = (1 - wx) * tap(y0 + 1, x0) + wx * tap(y0 + 1, x0 + 1)
    return tf.clip_by_value((1 - wy) * top + wy * bottom, 0.0, VALUE_MAX)
"""


def _optimizer_code(s: dict[str, Any], learning_rate: str) -> str:
    name = OPTIMIZER_CLASSES.get(s["optimizer"], "Adam")
    extra = f", momentum={s['momentum']}" if name in ("SGD", "RMSprop") and s["momentum"] else ""
    return f"{name}(learning_rate={learning_rate}{extra})"


def _loss_code(s: dict[str, Any]) -> str:
    if s["loss"] == "mse":
        return '"mse"'
    if s["loss"] == "focal":  # VisionAgent uses Keras's defaults, alpha 0.25 and gamma 2
        return "keras.losses.CategoricalFocalCrossentropy(alpha=0.25, gamma=2.0)"
    if s["softmax"]:
        return '"sparse_categorical_crossentropy"'
    return "keras.losses.SparseCategoricalCrossentropy(from_logits=True)"


def _main_code(s: dict[str, Any], info) -> str:
    loss = _loss_code(s)
    if s["lr_schedule"] == "cosine":
        rate = "learning_rate"
        schedule = (
            "    # the learning rate falls along half a cosine over the whole run\n"
            "    learning_rate = keras.optimizers.schedules.CosineDecay(\n"
            "        LEARNING_RATE, decay_steps=max(1, steps_per_epoch * epochs)\n"
            "    )\n"
        )
    else:
        rate, schedule = "LEARNING_RATE", ""
    callbacks = "[]"
    if s["early_stopping"]:
        callbacks = (
            f"[keras.callbacks.EarlyStopping(monitor={graph.py(s['monitor'])}, "
            f"patience={s['patience']}, restore_best_weights={s['restore_best']})]"
        )
    elif s["restore_best"]:  # VisionAgent keeps the best epoch's weights
        callbacks = (
            f"[keras.callbacks.EarlyStopping(monitor={graph.py(s['monitor'])}, patience=epochs, "
            "restore_best_weights=True)]"
        )
    folder = s["folder"]
    augment = bool(s["augmentation"])
    if folder:
        data = textwrap.dedent(
            """\
                train_ds, val_ds, test = load_data(args.data, quick)
                train_ds = train_ds.shuffle(1000, seed=SEED).batch(BATCH_SIZE)
                val_ds = val_ds.batch(BATCH_SIZE)
                steps_per_epoch = len(train_ds)
            """
        )
        if augment:
            data += "train_ds = train_ds.map(lambda x, y: (augment(x), y))\n"
        if s["loss"] in ("mse", "focal"):  # one-hot labels, as the loss wants them
            data += (
                "train_ds = train_ds.map(lambda x, y: (x, tf.one_hot(y, len(CLASS_NAMES))))\n"
                "val_ds = val_ds.map(lambda x, y: (x, tf.one_hot(y, len(CLASS_NAMES))))\n"
            )
        fit_args = "train_ds, validation_data=val_ds"
    else:
        data = textwrap.dedent(
            """\
                (x_train, y_train), (x_val, y_val), test = load_data(args.data, quick)
                if quick:
                    x_train, y_train = x_train[:QUICK_SAMPLES], y_train[:QUICK_SAMPLES]
                    x_val, y_val = x_val[: QUICK_SAMPLES // 2], y_val[: QUICK_SAMPLES // 2]
                print("training", x_train.shape, "validation", x_val.shape)
                steps_per_epoch = int(np.ceil(len(x_train) / BATCH_SIZE))
            """
        )
        if s["loss"] in ("mse", "focal"):  # one-hot labels, as in program 8-1
            data += textwrap.dedent(
                """\
                    y_train = keras.utils.to_categorical(y_train, len(CLASS_NAMES))
                    y_val = keras.utils.to_categorical(y_val, len(CLASS_NAMES))
                    if test is not None:
                        test = (test[0], keras.utils.to_categorical(test[1], len(CLASS_NAMES)))
                """
            )
        if augment:
            data += textwrap.dedent(
                """\
                    train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train))
                    train_ds = train_ds.shuffle(len(x_train), seed=SEED).batch(BATCH_SIZE)
                    train_ds = train_ds.map(lambda x, y: (augment(x), y))
                """
            )
            fit_args = "train_ds, validation_data=(x_val, y_val)"
        else:
            fit_args = "x_train, y_train, batch_size=BATCH_SIZE, validation_data=(x_val, y_val)"
    fine_tune = ""
    if s["fine_tune_epochs"]:
        fine_tune = textwrap.dedent(
            f"""\

                # Fine-tuning (program 8-7's second idea): open the top FINE_TUNE_LAYERS layers of
                # the backbone (BatchNormalization stays frozen) and train on at a smaller rate.
                opened = 0
                for layer in reversed(cnn.layers):
                    if opened >= FINE_TUNE_LAYERS:
                        break
                    if layer.name.startswith("head_") or not layer.weights:
                        continue
                    if isinstance(layer, BatchNormalization):
                        continue
                    layer.trainable = True
                    opened += 1
                cnn.compile(
                    loss={loss},
                    optimizer={_optimizer_code(s, "LEARNING_RATE * FINE_TUNE_LR_FACTOR")},
                    metrics=["accuracy"],
                )
                more = 1 if quick else FINE_TUNE_EPOCHS
                cnn.fit({fit_args}, initial_epoch=epochs, epochs=epochs + more, verbose=2)
            """
        )
    out_default = graph.py(info.name + "_colab.keras")
    lines = [
        "def main(argv=None):",
        "    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])",
        '    parser.add_argument("--quick", action="store_true", help="one short epoch")',
        '    parser.add_argument("--epochs", type=int, default=EPOCHS)',
        '    parser.add_argument("--data", default=None, help="data file or folder")',
        '    parser.add_argument("--weights", default=None, help="start from these weights")',
        f'    parser.add_argument("--out", default={out_default})',
        "    args, _ = parser.parse_known_args(argv)  # Colab adds its own arguments",
        '    quick = args.quick or os.environ.get("VISIONAGENT_QUICK") == "1"',
        "    epochs = 1 if quick else args.epochs",
        "    keras.utils.set_random_seed(SEED)",
        "",
        "    # 1. data",
        textwrap.indent(data.rstrip("\n"), "    "),
        "",
        "    # 2. the network",
        "    cnn = build_model()",
        "    cnn.summary()",
        "    if args.weights:",
        "        cnn.load_weights(args.weights)",
        "",
        "    # 3. learning",
        schedule.rstrip("\n") or None,
        "    cnn.compile(",
        f"        loss={loss},",
        f"        optimizer={_optimizer_code(s, rate)},",
        '        metrics=["accuracy"],',
        "    )",
        f"    callbacks = {callbacks}",
        f"    hist = cnn.fit({fit_args}, epochs=epochs, callbacks=callbacks, verbose=2)",
        textwrap.indent(fine_tune.rstrip("\n"), "    ") if fine_tune else None,
        "",
        "    # 4. prediction (accuracy on the test set) and saving",
        "    if test is not None:",
        "        res = cnn.evaluate(*test, verbose=0)",
        '        print("accuracy =", res[1] * 100)',
        "    cnn.save(args.out)",
        '    print("saved", args.out)',
        "    return hist",
        "",
        "",
        'if __name__ == "__main__":',
        "    main()",
    ]
    return "\n".join(line for line in lines if line is not None) + "\n"


def generate(model, info) -> str:
    """The program's source for ``model`` described by ``info`` (a registry ModelInfo)."""
    from visionagent.core import backend

    keras = backend.keras()
    s = _settings(info, model)
    code = graph.Code(names={"build_model"})
    application = _application_build(model, s, code, keras)
    if application is None:
        code = graph.model_code(model, keras)
    if s["fine_tune_epochs"]:
        code.layer_imports.add("BatchNormalization")
    augmentation = _augment_code(s, code)
    title = str(info.meta.get("display_name") or info.name)
    imports = ["import argparse", "import os"]
    if s["folder"]:
        imports.append("import pathlib")
    if augmentation and ("shear" in s["augmentation"] or "elastic" in s["augmentation"]):
        imports.insert(1, "import math")
    imports += ["", "import keras", "import numpy as np"]
    if augmentation or s["folder"]:
        imports.append("import tensorflow as tf")
    if application:
        imports.append(f"from keras.applications import {application}")
    imports.append(_import_line("keras.layers", sorted(code.layer_imports)))
    imports.append("from keras.models import " + ", ".join(sorted(code.model_imports)))
    optimizer = OPTIMIZER_CLASSES.get(s["optimizer"], "Adam")
    imports.append(f"from keras.optimizers import {optimizer}")
    settings = [
        "# Settings of the VisionAgent run"
        + ("" if s["recorded"] else " (none recorded: VisionAgent's defaults)"),
        f"DATASET = {graph.py(s['dataset'])}",
        f"EPOCHS = {s['epochs']}",
        f"BATCH_SIZE = {s['batch_size']}",
        f"LEARNING_RATE = {s['learning_rate']!r}",
        f"VALIDATION_SPLIT = {s['validation_split']!r}",
        f"SEED = {s['seed']}",
        f"LIMIT = {s['limit']!r}  # use only the first LIMIT training samples (None: all)",
        f"VALUE_MAX = {s['value_max']!r}  # pixels go into the network as 0..VALUE_MAX",
        f"QUICK_SAMPLES = {QUICK_SAMPLES}  # --quick trains on this many samples",
        f"CLASS_NAMES = {graph.py(s['class_names'])}",
    ]
    if s["folder"]:
        settings += [
            f"DATA_DIR = {graph.py(s['dataset'])}  # change this to your copy of the image folder",
            f"IMAGE_SIZE = {s['image_size']}",
            f"CLASS_IDS = {graph.py(s['class_ids'] or s['class_names'])}  # subfolders, in order",
        ]
    if application:
        settings.append('BACKBONE_WEIGHTS = "imagenet"  # Keras downloads them on first use')
    elif s["arch"] == "transfer" and s["backbone"] == "efficientnet-lite0":
        settings.append(
            "# EfficientNet-Lite0 is not in keras.applications: build_model() writes its graph "
            "out.\n# Its ImageNet weights come from the VisionAgent model: --weights NAME.keras."
        )
    if s["fine_tune_epochs"]:
        settings += [
            f"FINE_TUNE_EPOCHS = {s['fine_tune_epochs']}",
            f"FINE_TUNE_LAYERS = {s['fine_tune_layers']}",
            f"FINE_TUNE_LR_FACTOR = {s['fine_tune_lr_factor']!r}",
        ]
    members = [m for m in model.layers if type(m).__name__ in MODEL_WRAPPERS]
    note = ""
    if len(members) > 1:
        note = (
            f"# This network averages {len(members)} member networks. VisionAgent trained them "
            "one by one\n# (different seeds); here the whole ensemble learns at once.\n\n\n"
        )
    parts = [
        _header(info, s, title),
        "\n".join(imports),
        "\n".join(settings),
        _data_code(s).rstrip("\n"),
        note + "\n\n\n".join(code.functions),
    ]
    if augmentation:
        parts.append(augmentation.rstrip("\n"))
    parts.append(_main_code(s, info).rstrip("\n"))
    return "\n\n\n".join(p.rstrip("\n") for p in parts if p) + "\n"
