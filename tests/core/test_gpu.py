"""GPU decision logic with faked facts (no GPU here), and the real probe of this PC."""

from __future__ import annotations

import pytest

from visionagent.core import gpu

SMI = "NVIDIA GeForce RTX 3060, 550.54.14"
ALL_LIBS = {"cudart": True, "cublas": True, "cudnn": True}


def linux(**kw) -> gpu.Probe:
    base = dict(
        system="Linux",
        nvidia_smi=SMI,
        cuda_libraries=ALL_LIBS,
        built_with_cuda=True,
        tf_gpus=(),
        tensorflow_version="2.21.0",
    )
    base.update(kw)
    return gpu.Probe(**base)


def test_a_gpu_tensorflow_sees_is_used():
    status = gpu.decide(linux(tf_gpus=("NVIDIA GeForce RTX 3060",)))
    assert status.used and status.state == "used"
    assert status.short == "GPU: NVIDIA GeForce RTX 3060"
    assert "550.54.14" in status.explanation


def test_two_gpus_are_counted():
    status = gpu.decide(linux(tf_gpus=("A100", "A100")))
    assert status.short == "GPU: 2 × A100" and status.gpu_names == ("A100", "A100")


def test_no_driver_means_cpu_and_says_why():
    status = gpu.decide(linux(nvidia_smi=None, nvidia_smi_error="not found", tf_gpus=()))
    assert status.state == "no-gpu" and not status.used and status.short == "CPU"
    assert "nvidia-smi: not found" in status.explanation


def test_driver_without_cuda_libraries_points_to_the_gpu_extra():
    status = gpu.decide(linux(cuda_libraries={"cudart": False, "cublas": False, "cudnn": False}))
    assert status.state == "no-cuda-libraries"
    assert "RTX 3060" in status.explanation and "550.54.14" in status.explanation
    assert "tensorflow[and-cuda]" in status.explanation
    assert "cudart, cublas, cudnn" in status.explanation


def test_only_cudnn_missing_is_named():
    status = gpu.decide(linux(cuda_libraries={"cudart": True, "cublas": True, "cudnn": False}))
    assert status.state == "no-cuda-libraries" and "(cudnn)" in status.explanation


def test_tensorflow_built_without_cuda():
    status = gpu.decide(linux(built_with_cuda=False))
    assert status.state == "cpu-build" and "built without CUDA" in status.explanation
    assert "2.21.0" in status.explanation


def test_native_windows_with_an_nvidia_gpu_points_to_wsl2():
    status = gpu.decide(
        gpu.Probe(system="Windows", nvidia_smi=SMI, built_with_cuda=False, tf_gpus=())
    )
    assert status.state == "windows-native" and not status.used
    assert "2.11" in status.explanation and "WSL2" in status.explanation
    assert "WSL2" in status.short


def test_native_windows_without_gpu_is_plain_cpu():
    status = gpu.decide(gpu.Probe(system="Windows", nvidia_smi=None, tf_gpus=()))
    assert status.state == "no-gpu"


def test_wsl2_is_treated_as_linux():
    status = gpu.decide(linux(wsl=True, tf_gpus=("RTX 3060",)))
    assert status.used


def test_a_mac_says_tensorflow_has_no_cuda_there():
    status = gpu.decide(gpu.Probe(system="Darwin", tf_gpus=()))
    assert status.state == "macos" and status.short == "CPU"


def test_before_tensorflow_loads_the_answer_waits():
    status = gpu.decide(linux(tf_gpus=None, built_with_cuda=None))
    assert status.state == "not-checked" and "RTX 3060" in status.explanation


def test_everything_present_but_no_gpu_seen_names_driver_and_card_limits():
    status = gpu.decide(linux())
    assert status.state == "unusable" and "525" in status.explanation


def test_every_state_is_reachable_and_listed():
    probes = [
        linux(tf_gpus=("X",)),
        linux(nvidia_smi=None),
        gpu.Probe(system="Windows", nvidia_smi=SMI),
        gpu.Probe(system="Darwin"),
        linux(built_with_cuda=False),
        linux(cuda_libraries={"cudart": False}),
        linux(),
        linux(tf_gpus=None),
    ]
    assert sorted(gpu.decide(p).state for p in probes) == sorted(gpu.STATES)


def test_nvidia_smi_csv_is_parsed_per_gpu():
    assert gpu._smi_names("A100-SXM4-80GB, 535.1\nT4, 535.1\n") == [
        ("A100-SXM4-80GB", "535.1"),
        ("T4", "535.1"),
    ]


def test_nvidia_smi_missing_or_failing(monkeypatch, tmp_path):
    monkeypatch.setattr(gpu.shutil, "which", lambda name: None)
    monkeypatch.setattr(gpu.os.path, "isfile", lambda path: False)
    assert gpu.run_nvidia_smi() == (None, "not found")
    fake = tmp_path / "nvidia-smi"
    fake.write_text("#!/bin/sh\necho 'NVIDIA-SMI has failed: no driver' >&2\nexit 9\n")
    fake.chmod(0o755)
    monkeypatch.setattr(gpu.shutil, "which", lambda name: str(fake))
    smi, why = gpu.run_nvidia_smi()
    assert smi is None and "has failed" in why
    fake.write_text("#!/bin/sh\necho 'Tesla T4, 535.104.05'\n")
    assert gpu.run_nvidia_smi() == ("Tesla T4, 535.104.05", "")


def test_cuda_libraries_are_found_from_pip_or_system_folders(monkeypatch, tmp_path):
    monkeypatch.setattr(gpu.importlib.util, "find_spec", lambda name: None)
    monkeypatch.setattr(gpu, "SYSTEM_LIBRARY_DIRS", ())
    monkeypatch.setenv("LD_LIBRARY_PATH", str(tmp_path))
    assert gpu.find_cuda_libraries() == {"cudart": False, "cublas": False, "cudnn": False}
    (tmp_path / "libcudart.so.12.4.127").write_bytes(b"")
    (tmp_path / "libcudnn.so.9").write_bytes(b"")
    assert gpu.find_cuda_libraries() == {"cudart": True, "cublas": False, "cudnn": True}
    monkeypatch.setattr(
        gpu.importlib.util, "find_spec", lambda name: object() if name == "nvidia.cublas" else None
    )
    assert gpu.find_cuda_libraries()["cublas"]


@pytest.mark.slow
def test_this_pc_gets_a_consistent_answer(tf_backend):
    status = gpu.status(with_tensorflow=True)
    assert status.state in gpu.STATES and status.short and status.explanation
    assert status.used == (tf_backend.gpu_count > 0)
