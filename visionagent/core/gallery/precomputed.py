"""Precomputed numbers of the gallery networks (parameters, multiplications, depth, longest
path), so that listing the gallery builds nothing. ``tests/core/test_gallery.py`` recomputes
them; ``visionagent architectures --recompute --json`` prints fresh ones."""

PRECOMPUTED: dict[str, dict[str, int]] = {
    "mlp": {
        "parameters": 407_050,
        "multiplications": 406_528,
        "depth": 2,
        "longest_path": 2,
    },
    "deep-mlp": {
        "parameters": 1_596_426,
        "multiplications": 1_594_368,
        "depth": 4,
        "longest_path": 4,
    },
    "lenet5": {
        "parameters": 61_706,
        "multiplications": 416_520,
        "depth": 5,
        "longest_path": 5,
    },
    "cnn-v2": {
        "parameters": 594_922,
        "multiplications": 10_235_008,
        "depth": 6,
        "longest_path": 6,
    },
    "cifar-cnn": {
        "parameters": 890_410,
        "multiplications": 15_167_872,
        "depth": 6,
        "longest_path": 6,
    },
    "alexnet": {
        "parameters": 62_378_344,
        "multiplications": 1_135_256_096,
        "depth": 8,
        "longest_path": 8,
    },
    "vgg16": {
        "parameters": 138_357_544,
        "multiplications": 15_470_264_320,
        "depth": 16,
        "longest_path": 16,
    },
    "googlenet": {
        "parameters": 6_998_552,
        "multiplications": 1_582_671_872,
        "depth": 58,
        "longest_path": 22,
    },
    "inceptionv3": {
        "parameters": 23_851_784,
        "multiplications": 5_722_183_584,
        "depth": 189,
        "longest_path": 48,
    },
    "resnet34": {
        "parameters": 21_306_826,
        "multiplications": 3_666_992_640,
        "depth": 73,
        "longest_path": 34,
    },
    "resnet50": {
        "parameters": 25_636_712,
        "multiplications": 3_868_560_384,
        "depth": 107,
        "longest_path": 50,
    },
    "xception": {
        "parameters": 22_910_480,
        "multiplications": 8_378_540_648,
        "depth": 81,
        "longest_path": 37,
    },
    "se-resnet50": {
        "parameters": 28_167_704,
        "multiplications": 3_871_075_328,
        "depth": 139,
        "longest_path": 50,
    },
    "densenet121": {
        "parameters": 8_062_504,
        "multiplications": 2_849_829_120,
        "depth": 242,
        "longest_path": 121,
    },
    "mobilenetv2": {
        "parameters": 3_538_984,
        "multiplications": 307_452_384,
        "depth": 105,
        "longest_path": 53,
    },
    "efficientnet-lite0": {
        "parameters": 4_694_024,
        "multiplications": 392_075_776,
        "depth": 99,
        "longest_path": 50,
    },
}
