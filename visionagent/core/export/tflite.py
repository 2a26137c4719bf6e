"""TFLite (LiteRT) files: float, or full-integer INT8, and running one to check it.

Conversion goes the way Keras 3 itself does it (``model.export(format="litert")``: an export
archive, a SavedModel, ``TFLiteConverter.from_saved_model``), with built-in operators only, so
the file runs on phones and microcontrollers without the TensorFlow "flex" delegate.

INT8 is post-training full-integer quantisation: weights and activations in 8 bits, calibrated
on a representative set of training images, with int8 input and output (scale and zero point
in the file); :func:`run` quantises the inputs and dequantises the outputs, as an app would.
"""

from __future__ import annotations

import contextlib
import io
import os
import warnings
from pathlib import Path

import numpy as np

from visionagent.core import backend


def convert(model, destination: Path, int8: bool = False, calibration=None) -> None:
    """Write ``model`` as a ``.tflite`` file at ``destination`` (a temporary path)."""
    tf = backend.tf()
    options: dict = {"target_spec": {"supported_ops": [tf.lite.OpsSet.TFLITE_BUILTINS]}}
    if int8:
        batches = [x[np.newaxis].astype(np.float32) for x in calibration]

        def representative():
            yield from ([b] for b in batches)

        options = {
            "optimizations": [tf.lite.Optimize.DEFAULT],
            "representative_dataset": representative,
            "target_spec": {"supported_ops": [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]},
            "inference_input_type": tf.int8,
            "inference_output_type": tf.int8,
        }
    with _quiet():
        model.export(str(destination), format="litert", verbose=False, **options)


@contextlib.contextmanager
def _quiet():
    """Keep the converter's progress chatter off the console (it goes to the log level 2)."""
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        yield


def interpreter(path: Path):
    """A LiteRT interpreter: ``ai_edge_litert`` when installed, else TensorFlow's own."""
    try:
        from ai_edge_litert.interpreter import Interpreter  # type: ignore[import-not-found]
    except ImportError:
        Interpreter = backend.tf().lite.Interpreter  # noqa: N806 - a class
    threads = max(1, min(4, os.cpu_count() or 1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tf.lite.Interpreter's deprecation notice
        return Interpreter(model_path=str(path), num_threads=threads)


def run(path: Path, x: np.ndarray, batch: int = 50) -> np.ndarray:
    """Outputs of the ``.tflite`` file at ``path`` for inputs ``x`` (float32), dequantised."""
    interp = interpreter(path)
    inp = interp.get_input_details()[0]
    out = interp.get_output_details()[0]
    in_scale, in_zero = inp["quantization"]
    out_scale, out_zero = out["quantization"]
    results = []
    size = None
    for start in range(0, len(x), batch):
        chunk = x[start : start + batch]
        if size != len(chunk):
            interp.resize_tensor_input(inp["index"], [len(chunk), *inp["shape"][1:]])
            interp.allocate_tensors()
            size = len(chunk)
        if inp["dtype"] in (np.int8, np.uint8):
            info = np.iinfo(inp["dtype"])
            chunk = np.clip(np.round(chunk / in_scale + in_zero), info.min, info.max)
        interp.set_tensor(inp["index"], chunk.astype(inp["dtype"]))
        interp.invoke()
        y = interp.get_tensor(out["index"])
        if out["dtype"] in (np.int8, np.uint8):
            y = (y.astype(np.float32) - out_zero) * out_scale
        results.append(np.asarray(y, dtype=np.float32))
    return np.concatenate(results)


def input_quantisation(path: Path) -> tuple[float, int] | None:
    """``(scale, zero_point)`` of an int8 input, None for a float input."""
    inp = interpreter(path).get_input_details()[0]
    if inp["dtype"] not in (np.int8, np.uint8):
        return None
    scale, zero = inp["quantization"]
    return float(scale), int(zero)
