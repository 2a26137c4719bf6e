"""Why the GPU is or is not used: one decision from facts that tests can fake.

:func:`probe` gathers the facts (the platform, whether ``nvidia-smi`` answers, whether the CUDA
and cuDNN libraries TensorFlow needs are on disk, how TensorFlow was built and which GPUs it
sees); :func:`decide` turns a :class:`Probe` into a :class:`GpuStatus` with a short text for the
status bar and a longer explanation for the Training tab. :func:`status` does both.

The common trap on Linux: a PC with an NVIDIA card and driver, but plain ``pip install
tensorflow`` brings no CUDA libraries, so TensorFlow silently trains on the CPU; the ``gpu``
extra (``tensorflow[and-cuda]``) brings them. On native Windows TensorFlow has had no GPU build
since 2.11: WSL2 is the way.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass, field

from visionagent.i18n import translate

# The libraries TensorFlow 2.16+ loads for CUDA 12 (file-name patterns) and the pip packages of
# tensorflow[and-cuda] that ship them.
CUDA_LIBRARIES = {
    "cudart": ("libcudart.so.12*", "nvidia.cuda_runtime"),
    "cublas": ("libcublas.so.12*", "nvidia.cublas"),
    "cudnn": ("libcudnn.so.9*", "nvidia.cudnn"),
}
SYSTEM_LIBRARY_DIRS = (
    "/usr/local/cuda/lib64",
    "/usr/local/cuda-12*/lib64",
    "/usr/lib/x86_64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
    "/usr/lib64",
    "/usr/lib/wsl/lib",
)
STATES = (
    "used",  # TensorFlow trains on the GPU
    "no-gpu",  # no NVIDIA driver answered: no NVIDIA GPU, or no driver
    "windows-native",  # an NVIDIA GPU under native Windows: TensorFlow cannot use it there
    "macos",  # a Mac: TensorFlow's macOS builds have no CUDA
    "cpu-build",  # this TensorFlow was built without CUDA (tensorflow-cpu)
    "no-cuda-libraries",  # driver present, CUDA/cuDNN libraries missing (the gpu extra)
    "unusable",  # everything present, yet TensorFlow sees no GPU (old driver, old card)
    "not-checked",  # TensorFlow is not loaded yet
)


@dataclass(frozen=True)
class Probe:
    """The facts the decision rests on (all fakeable)."""

    system: str  # platform.system(): "Linux", "Windows", "Darwin"
    wsl: bool = False
    nvidia_smi: str | None = None  # "name, driver" lines when nvidia-smi answered, else None
    nvidia_smi_error: str = ""  # why it did not answer ("not found", its error)
    cuda_libraries: dict[str, bool] = field(default_factory=dict)  # cudart/cublas/cudnn found
    built_with_cuda: bool | None = None  # tf.test.is_built_with_cuda(); None: TF not loaded
    tf_gpus: tuple[str, ...] | None = None  # GPUs TensorFlow lists; None: TF not loaded
    tensorflow_version: str = ""


@dataclass(frozen=True)
class GpuStatus:
    state: str  # one of STATES
    short: str  # a few words for the status bar
    explanation: str  # a paragraph for the Training tab
    gpu_names: tuple[str, ...] = ()

    @property
    def used(self) -> bool:
        return self.state == "used"


def _smi_names(text: str | None) -> list[tuple[str, str]]:
    """``[(name, driver)]`` from ``nvidia-smi --query-gpu=name,driver_version`` CSV lines."""
    out = []
    for line in (text or "").splitlines():
        parts = [p.strip() for p in line.split(",")]
        if parts and parts[0]:
            out.append((parts[0], parts[1] if len(parts) > 1 else ""))
    return out


def decide(p: Probe) -> GpuStatus:
    """The status for the facts ``p``: what is used, and why."""
    smi = _smi_names(p.nvidia_smi)
    card = smi[0][0] if smi else ""
    driver = smi[0][1] if smi else ""
    if p.tf_gpus:
        names = tuple(p.tf_gpus)
        label = names[0] if len(names) == 1 else f"{len(names)} × {names[0]}"
        return GpuStatus(
            "used",
            translate("Gpu", "GPU: {name}").format(name=label),
            translate(
                "Gpu",
                "TensorFlow trains on the GPU ({name}{driver}). Training is many times faster "
                "than on the CPU.",
            ).format(
                name=label,
                driver=translate("Gpu", ", driver {version}").format(version=driver)
                if driver
                else "",
            ),
            names,
        )
    cpu = translate("Gpu", "CPU")
    if p.system == "Windows" and not p.wsl:
        if smi:
            return GpuStatus(
                "windows-native",
                translate("Gpu", "CPU (GPU needs WSL2)"),
                translate(
                    "Gpu",
                    "This PC has an NVIDIA GPU ({name}), but TensorFlow has had no GPU build for "
                    "native Windows since version 2.11, so training runs on the CPU. To use the "
                    "GPU, install WSL2 with Ubuntu, install the NVIDIA driver for WSL on Windows, "
                    "and run VisionAgent inside WSL2 with 'make run' (it then installs "
                    "tensorflow[and-cuda]).",
                ).format(name=card),
            )
        return _no_gpu(cpu, p)
    if p.system == "Darwin":
        return GpuStatus(
            "macos",
            cpu,
            translate(
                "Gpu",
                "On a Mac, TensorFlow has no CUDA (NVIDIA) support, so training runs on the CPU. "
                "The small networks of the textbook train well on it.",
            ),
        )
    if not smi:
        return _no_gpu(cpu, p)
    if p.tf_gpus is None:
        return GpuStatus(
            "not-checked",
            translate("Gpu", "GPU: checking…"),
            translate(
                "Gpu",
                "An NVIDIA GPU ({name}) is present; whether TensorFlow can use it is known once "
                "TensorFlow has loaded.",
            ).format(name=card),
        )
    if p.built_with_cuda is False:
        return GpuStatus(
            "cpu-build",
            translate("Gpu", "CPU (TensorFlow without CUDA)"),
            translate(
                "Gpu",
                "This PC has an NVIDIA GPU ({name}), but the installed TensorFlow {version} was "
                "built without CUDA (for example the tensorflow-cpu package), so training runs "
                "on the CPU. Install the GPU build: pip install 'tensorflow[and-cuda]' (or "
                "'make run', which picks it when nvidia-smi answers).",
            ).format(name=card, version=p.tensorflow_version),
        )
    missing = [name for name, found in p.cuda_libraries.items() if not found]
    if missing:
        return GpuStatus(
            "no-cuda-libraries",
            translate("Gpu", "CPU (CUDA libraries missing)"),
            translate(
                "Gpu",
                "This PC has an NVIDIA GPU ({name}) and its driver{driver}, but the CUDA "
                "libraries TensorFlow needs are not installed ({missing}), so training runs on "
                "the CPU. Plain 'pip install tensorflow' does not bring them on Linux. Install "
                "them with pip install 'tensorflow[and-cuda]' (the gpu extra: 'make run' does it "
                "when nvidia-smi answers), then restart VisionAgent.",
            ).format(
                name=card,
                driver=translate("Gpu", " ({version})").format(version=driver) if driver else "",
                missing=", ".join(missing),
            ),
        )
    return GpuStatus(
        "unusable",
        translate("Gpu", "CPU (GPU not usable)"),
        translate(
            "Gpu",
            "This PC has an NVIDIA GPU ({name}), its driver{driver} and the CUDA libraries, yet "
            "TensorFlow found no usable GPU, so training runs on the CPU. The driver may be too "
            "old for CUDA 12 (version 525 or newer is needed) or the card too old (compute "
            "capability 6.0 or higher). The log file has TensorFlow's own message.",
        ).format(
            name=card,
            driver=translate("Gpu", " ({version})").format(version=driver) if driver else "",
        ),
    )


def _no_gpu(cpu: str, p: Probe) -> GpuStatus:
    why = p.nvidia_smi_error or translate("Gpu", "not found")
    return GpuStatus(
        "no-gpu",
        cpu,
        translate(
            "Gpu",
            "No NVIDIA GPU driver answered (nvidia-smi: {why}), so training runs on the CPU. "
            "That is fine for the textbook's networks. A PC with an NVIDIA graphics card needs "
            "NVIDIA's driver first.",
        ).format(why=why),
    )


# ------------------------------------------------------------------------------ the facts
def run_nvidia_smi(timeout: float = 5.0) -> tuple[str | None, str]:
    """``(csv lines, "")`` when ``nvidia-smi`` answers, else ``(None, why)``."""
    exe = shutil.which("nvidia-smi")
    if exe is None and os.path.isfile("/usr/lib/wsl/lib/nvidia-smi"):  # WSL2 keeps it here
        exe = "/usr/lib/wsl/lib/nvidia-smi"
    if exe is None:
        return None, translate("Gpu", "not found")
    try:
        done = subprocess.run(
            [exe, "--query-gpu=name,driver_version", "--format=csv,noheader"],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return None, str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    if done.returncode != 0 or not done.stdout.strip():
        text = (done.stderr or done.stdout).strip().splitlines()
        return None, (text[0][:120] if text else f"exit {done.returncode}")
    return done.stdout.strip(), ""


def find_cuda_libraries(extra_dirs: tuple[str, ...] = ()) -> dict[str, bool]:
    """Which CUDA 12 libraries are on disk: from pip (tensorflow[and-cuda]) or the system."""
    dirs = [d for d in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep) if d]
    dirs += list(SYSTEM_LIBRARY_DIRS) + list(extra_dirs)
    found = {}
    for name, (pattern, package) in CUDA_LIBRARIES.items():
        try:
            from_pip = importlib.util.find_spec(package) is not None
        except (ImportError, ValueError):
            from_pip = False
        on_system = any(glob.glob(os.path.join(d, pattern)) for d in dirs)
        found[name] = from_pip or on_system
    return found


def is_wsl() -> bool:
    return "microsoft" in platform.release().lower()


def probe(with_tensorflow: bool | None = None) -> Probe:
    """The facts of this PC. TensorFlow is asked only when loaded (or ``with_tensorflow``)."""
    from visionagent.core import backend

    smi, why = run_nvidia_smi()
    tf_gpus = built = None
    version = ""
    load = backend.is_loaded() if with_tensorflow is None else with_tensorflow
    if load:
        tf = backend.tf()
        tf_gpus = tuple(_gpu_names(tf))
        built = bool(tf.test.is_built_with_cuda())
        version = tf.__version__
    return Probe(
        system=platform.system(),
        wsl=is_wsl(),
        nvidia_smi=smi,
        nvidia_smi_error=why,
        cuda_libraries=find_cuda_libraries() if sys.platform.startswith("linux") else {},
        built_with_cuda=built,
        tf_gpus=tf_gpus,
        tensorflow_version=version,
    )


def _gpu_names(tf) -> list[str]:
    names = []
    for gpu in tf.config.list_physical_devices("GPU"):
        try:
            names.append(
                tf.config.experimental.get_device_details(gpu).get("device_name", gpu.name)
            )
        except Exception:  # noqa: BLE001 - details are optional
            names.append(gpu.name)
    return names


def status(with_tensorflow: bool | None = None) -> GpuStatus:
    """``decide(probe())``: the status bar's and the Training tab's answer for this PC."""
    return decide(probe(with_tensorflow))
