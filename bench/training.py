"""Training overhead: the app's trainer and callbacks against a plain ``model.fit``.

Both fit the same model (same architecture, optimizer, XLA setting) on the same data through the
same ``tf.data`` pipeline (:func:`visionagent.core.training.make_datasets`) with the same
validation set. The app run is ``training.train`` with the GUI's listener chain (the reporting
callback, a :class:`~visionagent.core.training.ThrottledListener` that groups batches the way the
Training tab receives them, the best-weights callback, the epoch snapshots). The plain run is
``model.fit(verbose=0)`` with only an epoch timer (epoch hooks do not synchronise batches).
Epoch times are measured from ``on_epoch_begin`` to ``on_epoch_end`` (training and validation);
the first epoch (tracing, XLA compilation, caches) is excluded. samples/s = training images /
median epoch time; the figure is the median over ``--runs`` interleaved runs of each.

``--clock cpu`` times epochs in process CPU seconds (all threads) instead of wall-clock seconds:
on a machine shared with other work the wall clock mostly measures the neighbours, while the CPU
time the fit itself burns stays comparable (the callbacks' overhead is CPU work too).

    python bench/training.py [--arch lenet5] [--epochs 4] [--runs 3] [--batch-size 128] [--limit N]
                             [--clock wall|cpu] [--stat best|median]

Last line: ``app_sps=… plain_sps=… overhead=…`` (overhead = 1 - app_sps / plain_sps; target ≤ 0.05).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from visionagent.core import backend, training

CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def epoch_timer(clock):
    """A Keras callback with epoch hooks only, recording each epoch's duration on ``clock``."""
    keras = backend.keras()

    class EpochTimer(keras.callbacks.Callback):
        def __init__(self):
            super().__init__()
            self.seconds: list[float] = []

        def on_epoch_begin(self, epoch, logs=None):
            self._start = clock()

        def on_epoch_end(self, epoch, logs=None):
            self.seconds.append(clock() - self._start)

    return EpochTimer()


class GuiLikeConsumer:
    """What the Training tab does with the reports, minus Qt: keep the points."""

    def __init__(self):
        self.points = 0

    def batches(self, chunk):
        self.points += len(chunk)

    def epoch(self, info):
        pass


def run_app(config: training.TrainConfig, data: training.TrainingData, clock) -> list[float]:
    consumer = GuiLikeConsumer()
    listener = training.ThrottledListener(consumer.batches, consumer.epoch, interval=0.05)
    timer = epoch_timer(clock)  # the app's callbacks, plus the same epoch timer as plain
    training.train(config, listener=listener, data=data, callbacks=[timer])
    return timer.seconds


def run_plain(config: training.TrainConfig, data: training.TrainingData, clock) -> list[float]:
    keras = backend.keras()
    keras.utils.set_random_seed(config.seed)
    model = training.build_model(
        config.arch, data.input_shape, len(data.class_names), config.dropout
    )
    steps = -(-data.num_train // config.batch_size)
    training.compile_model(model, config, steps)
    train_ds, val_ds = training.make_datasets(data, config)
    timer = epoch_timer(clock)
    model.fit(
        train_ds,
        validation_data=val_ds,
        epochs=config.epochs,
        callbacks=[timer],
        verbose=0,
        shuffle=False,
    )
    return timer.seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default="mnist-10k")
    parser.add_argument("--arch", default="lenet5")
    parser.add_argument(
        "--epochs", type=int, default=4, help="per run; the first is warm-up (default 4)"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="wall", help="wall-clock or process CPU seconds"
    )
    parser.add_argument(
        "--stat",
        choices=("best", "median"),
        default="best",
        help="epoch time per side: the best epoch over all runs (default; noise only adds time, "
        "as timeit reasons) or the median of the runs' medians",
    )
    args = parser.parse_args()
    if args.epochs < 2:
        parser.error("--epochs must be at least 2 (the first one is warm-up)")

    info = backend.load()
    config = training.TrainConfig(
        dataset=args.dataset,
        arch=args.arch,
        epochs=args.epochs,
        batch_size=args.batch_size,
        limit=args.limit,
    )
    data = training.load_dataset(
        config.dataset,
        limit=config.limit,
        validation_split=config.validation_split,
        seed=config.seed,
    )
    data.x_test = data.y_test = None  # time the fit only: no test pass after the app's run
    print(
        f"device={info.describe()} arch={config.arch} dataset={config.dataset} "
        f"train={data.num_train} "
        f"val={data.num_val} batch={config.batch_size} epochs={config.epochs} runs={args.runs} "
        f"clock={args.clock}",
        flush=True,
    )

    app_rates, plain_rates = [], []
    app_epochs, plain_epochs = [], []
    for run in range(args.runs):
        for name, fn, rates, epochs in (
            ("plain", run_plain, plain_rates, plain_epochs),
            ("app", run_app, app_rates, app_epochs),
        ):
            seconds = fn(config, data, CLOCKS[args.clock])[1:]  # first epoch excluded
            epochs.extend(seconds)
            rate = data.num_train / statistics.median(seconds)
            rates.append(rate)
            print(
                f"run {run + 1} {name:5s} epochs={' '.join(f'{s:.3f}' for s in seconds)} s  "
                f"samples/s={rate:,.0f}",
                flush=True,
            )
    median_overhead = 1.0 - statistics.median(app_rates) / statistics.median(plain_rates)
    best_overhead = 1.0 - min(plain_epochs) / min(app_epochs)
    print(
        f"median of runs: app {statistics.median(app_rates):,.0f} / plain "
        f"{statistics.median(plain_rates):,.0f} samples/s, overhead {median_overhead:.3f}"
    )
    print(
        f"best epoch:     app {data.num_train / min(app_epochs):,.0f} / "
        f"plain {data.num_train / min(plain_epochs):,.0f} samples/s, overhead {best_overhead:.3f}"
    )
    if args.stat == "best":
        app_sps, plain_sps = data.num_train / min(app_epochs), data.num_train / min(plain_epochs)
    else:
        app_sps, plain_sps = statistics.median(app_rates), statistics.median(plain_rates)
    overhead = 1.0 - app_sps / plain_sps
    print(f"app_sps={app_sps:.0f} plain_sps={plain_sps:.0f} overhead={overhead:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
