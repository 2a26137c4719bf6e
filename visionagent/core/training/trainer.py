"""The run itself: check the config, load the data, build and compile the model, fit it with the
reporting callbacks, fine-tune a transfer model, evaluate.

``state`` (a :class:`~visionagent.core.jobs.TaskState` or anything with ``cancelled``) ends the
fit within one batch: after ``state.stop()`` the run returns what it has (``stopped=True``, kept
and savable); after ``state.cancel()`` it raises :class:`~visionagent.core.jobs.Cancelled`, since
nobody wants the result. A loss that becomes NaN or infinite ends the run at once
(``diverged``); such a result is not evaluated and cannot be saved.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from visionagent.core import backend
from visionagent.core.jobs import Cancelled
from visionagent.core.training.architectures import build_model, model_summary, unfreeze_top
from visionagent.core.training.augmentation import make_augmenter
from visionagent.core.training.callbacks import EpochSnapshots, KeepBest, make_callbacks
from visionagent.core.training.config import OPTIMIZERS, TrainConfig, with_recipe
from visionagent.core.training.config_fields import check_config
from visionagent.core.training.datasets import (
    BatchShaping,
    TrainingData,
    dataset_spec,
    load_dataset,
)
from visionagent.core.training.evaluation import FOCAL_ALPHA, FOCAL_GAMMA, evaluate, model_value_max
from visionagent.core.training.result import TrainResult
from visionagent.i18n import translate

SKIPPED_SHOWN = 20  # unreadable files listed by name in the start info (all are counted)


def _optimizer(keras, config: TrainConfig, lr):
    name = config.optimizer.lower()
    if name == "adam":
        return keras.optimizers.Adam(lr)
    if name == "sgd":
        return keras.optimizers.SGD(lr, momentum=config.effective_momentum)
    if name == "rmsprop":
        return keras.optimizers.RMSprop(lr, momentum=config.effective_momentum)
    if name == "adagrad":
        return keras.optimizers.Adagrad(lr)
    raise ValueError(
        translate("Training", "Unknown optimizer {name!r}; choose one of {names}.").format(
            name=name, names=", ".join(OPTIMIZERS)
        )
    )


def _loss_and_metric(keras, loss: str):
    """The Keras loss and the matching accuracy (named "accuracy" whatever the label form)."""
    if loss == "mse":  # on one-hot labels, as in example 8-3
        return keras.losses.MeanSquaredError(), keras.metrics.CategoricalAccuracy(name="accuracy")
    if loss == "focal":
        return (
            keras.losses.CategoricalFocalCrossentropy(alpha=FOCAL_ALPHA, gamma=FOCAL_GAMMA),
            keras.metrics.CategoricalAccuracy(name="accuracy"),
        )
    return (
        keras.losses.SparseCategoricalCrossentropy(),
        keras.metrics.SparseCategoricalAccuracy(name="accuracy"),
    )


def compile_model(
    model, config: TrainConfig, steps_per_epoch: int, learning_rate: float | None = None
):
    keras = backend.keras()
    lr: Any = config.learning_rate if learning_rate is None else learning_rate
    if config.lr_schedule == "cosine":
        lr = keras.optimizers.schedules.CosineDecay(
            lr, decay_steps=max(1, steps_per_epoch * config.epochs)
        )
    jit: bool | str = "auto" if config.jit_compile is None else bool(config.jit_compile)
    if config.jit_compile is None and config.arch == "transfer" and backend.load().gpu_count == 0:
        jit = False
    loss, metric = _loss_and_metric(keras, config.loss)
    model.compile(
        optimizer=_optimizer(keras, config, lr), loss=loss, metrics=[metric], jit_compile=jit
    )
    return model


def make_datasets(data: TrainingData, config: TrainConfig):
    """``(train_ds, val_ds)`` as the model wants them (batched, scaled, training augmentation,
    one-hot labels for the MSE and focal losses)."""
    target = model_value_max(config)
    if target != data.value_max and data.input_shape[-1] != 3:
        raise ValueError(
            translate(
                "Training",
                "Transfer learning needs colour images; {name} is greyscale. Choose cifar10 "
                "or an image folder.",
            ).format(name=data.name)
        )
    one_hot = len(data.class_names) if config.loss in ("mse", "focal") else 0
    augment = (
        make_augmenter(config.augmentation, config.seed, value_max=target)
        if config.augmentation.enabled
        else None
    )
    scale = target / data.value_max
    train_ds = data.training_batches(
        config.batch_size, BatchShaping(scale, augment, one_hot), config.seed
    )
    val_batch = config.batch_size if data.is_folder else 512
    val_ds = data.validation_batches(val_batch, BatchShaping(scale, None, one_hot))
    return train_ds, val_ds


def distribution_strategy(config: TrainConfig, info: backend.DeviceInfo | None = None):
    """``tf.distribute.MirroredStrategy`` when asked for and useful, else None.

    Used when ``config.multi_gpu`` is set and more than one GPU is present, or always on the
    explicit ``config.strategy_devices`` (tests run it on ``["/cpu:0"]``).
    """
    tf = backend.tf()
    if config.strategy_devices:
        return tf.distribute.MirroredStrategy(devices=list(config.strategy_devices))
    info = info or backend.load()
    if config.multi_gpu and info.gpu_count > 1:
        return tf.distribute.MirroredStrategy()
    return None


def _model_options(config: TrainConfig, weights: Any = "config") -> dict[str, Any]:
    if config.arch != "transfer":
        return {}
    return {
        "backbone": config.backbone,
        "weights": config.backbone_weights if weights == "config" else weights,
        "recipe": config.transfer_recipe,
    }


def describe_model(config: TrainConfig):
    """The uncompiled model ``config`` would train (random weights), for a summary before a run."""
    shape, classes = dataset_spec(config.dataset, config.image_size)
    return build_model(
        config.arch, shape, classes, config.dropout, **_model_options(config, weights=None)
    )


def _start_info(model, data: TrainingData, config, steps, device, phase) -> dict[str, Any]:
    rows, total, trainable = model_summary(model)
    return {
        "phase": phase,  # "train" or "fine-tune"
        "layers": rows,
        "parameters": total,
        "trainable_parameters": trainable,
        "device": device,
        "train_samples": data.num_train,
        "val_samples": data.num_val,
        "steps_per_epoch": steps,
        "epochs": config.total_epochs,
        "class_names": list(data.class_names),
        "input_shape": list(data.input_shape),
        "skipped_count": len(data.skipped),
        "skipped": [
            {"file": str(s.path), "problem": s.problem} for s in data.skipped[:SKIPPED_SHOWN]
        ],
        "snapshots": bool(config.snapshot_epochs and total <= config.snapshot_max_parameters),
    }


def _callbacks(config, listener, state, steps, data, has_validation, extra):
    keras = backend.keras()
    reporter = make_callbacks(
        listener, state, steps, config.batch_size, config.total_epochs, data.num_train
    )
    callbacks = [*extra, reporter]
    if has_validation:
        if config.early_stopping:
            callbacks.append(
                keras.callbacks.EarlyStopping(
                    monitor=config.monitor,
                    patience=config.patience,
                    restore_best_weights=config.restore_best,
                )
            )
        elif config.restore_best:
            callbacks.append(KeepBest.create(config.monitor, state))
    return reporter, callbacks


def train(
    config: TrainConfig,
    listener=None,
    state=None,
    data: TrainingData | None = None,
    callbacks: Sequence[Any] = (),
) -> TrainResult:
    """Load the data, build and fit the model, evaluate on the test split (else validation).

    For ``transfer`` the backbone stays frozen for ``config.epochs``; then, when
    ``config.fine_tune_epochs`` > 0, its top ``config.fine_tune_layers`` layers are trained too at
    ``learning_rate × fine_tune_lr_factor``. With ``transfer_recipe="textbook"`` (program 8-7)
    the whole network trains for ``config.epochs`` with Adam at 1e-6 (:func:`~.config.with_recipe`;
    the result's config records what was used). Under :func:`distribution_strategy` the model is
    built and compiled inside the strategy's scope. ``callbacks`` are extra Keras callbacks
    (benchmarks, experiments). Raises ``ValueError`` (with :class:`DatasetUnavailable`) for bad
    settings or unusable data before anything is trained.
    """
    config = with_recipe(check_config(config))
    info = backend.load()
    keras = backend.keras()
    keras.utils.set_random_seed(config.seed)
    data = data or load_dataset(
        config.dataset,
        limit=config.limit,
        validation_split=config.validation_split,
        seed=config.seed,
        image_size=config.image_size,
        state=state,
    )
    if state is not None:
        state.check()
    strategy = distribution_strategy(config, info)
    scope = strategy.scope() if strategy is not None else contextlib.nullcontext()
    steps = int(np.ceil(data.num_train / config.batch_size))
    with scope:
        model = build_model(
            config.arch,
            data.input_shape,
            len(data.class_names),
            config.dropout,
            **_model_options(config),
        )
        compile_model(model, config, steps)
    train_ds, val_ds = make_datasets(data, config)
    device = info.describe() + (
        f" · MirroredStrategy × {strategy.num_replicas_in_sync}" if strategy is not None else ""
    )
    start = getattr(listener, "on_start", None)
    started_info = _start_info(model, data, config, steps, device, "train")
    if start is not None:
        start(started_info)
    reporter, fit_callbacks = _callbacks(
        config, listener, state, steps, data, val_ds is not None, callbacks
    )
    snapshots = EpochSnapshots.create(state, reporter) if started_info["snapshots"] else None
    if snapshots is not None:
        fit_callbacks.append(snapshots)
    started = time.perf_counter()
    history = model.fit(
        train_ds,
        validation_data=val_ds,
        epochs=config.epochs,
        callbacks=fit_callbacks,
        verbose=0,
        shuffle=False,
    )
    merged = {k: [float(v) for v in vals] for k, vals in history.history.items()}
    stopped = bool(state is not None and state.cancelled)
    if (
        config.arch == "transfer"
        and not config.textbook_transfer
        and config.fine_tune_epochs > 0
        and not stopped
        and reporter.diverged is None
    ):
        done = len(merged.get("loss", []))
        with scope:
            unfreeze_top(model, config.fine_tune_layers)
            compile_model(
                model,
                config,
                steps,
                learning_rate=config.learning_rate * config.fine_tune_lr_factor,
            )
        if start is not None:
            start(_start_info(model, data, config, steps, device, "fine-tune"))
        more = model.fit(
            train_ds,
            validation_data=val_ds,
            initial_epoch=done,
            epochs=done + config.fine_tune_epochs,
            callbacks=fit_callbacks,
            verbose=0,
            shuffle=False,
        )
        for key, values in more.history.items():
            merged.setdefault(key, []).extend(float(v) for v in values)
    if getattr(state, "discarded", False):
        raise Cancelled()
    result = TrainResult(
        model=model,
        config=config,
        data=data,
        history=merged,
        seconds=time.perf_counter() - started,
        device=device,
        stopped=bool(state is not None and state.cancelled),
        diverged=reporter.diverged,
        snapshots=snapshots.snapshots if snapshots is not None else [],
    )
    if not result.stopped and result.diverged is None:
        evaluate(result)
    return result
