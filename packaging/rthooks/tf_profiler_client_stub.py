"""Runtime hook: a stand-in for TensorFlow's profiler-client extension module.

The classroom bundle leaves out ``tensorflow/python/profiler/internal/_pywrap_profiler_plugin``
(20 MB; packaging/trim.py, step ``tf-profiler-client``). ``import tensorflow`` still imports
the module that wraps it (``tf.profiler.experimental.client``: remote profiling of a TensorFlow
server over gRPC, which VisionAgent never does), so this stub answers that import; calling it
says plainly that the feature is not in the bundle. ``tf.profiler.experimental.start``/``stop``
use another module, which stays.
"""

import sys
import types

_NAME = "tensorflow.python.profiler.internal._pywrap_profiler_plugin"


def _unavailable(*_args, **_kwargs):
    raise RuntimeError(
        "tf.profiler.experimental.client is not part of the VisionAgent bundle "
        "(packaging/trim.py, step tf-profiler-client)."
    )


if _NAME not in sys.modules:
    _stub = types.ModuleType(_NAME, _unavailable.__doc__)
    _stub.trace = _unavailable
    _stub.monitor = _unavailable
    sys.modules[_NAME] = _stub
