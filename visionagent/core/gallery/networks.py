"""Full-size builders of the gallery's networks that ``keras.applications`` does not have.

All are plain functional or Sequential Keras models with random weights (nothing is loaded or
downloaded), so the inspector's layer table lists every layer:

- :func:`alexnet` — Hands-On ML's table of AlexNet (227×227×3, one tower; the parameter-free
  local response normalization is left out, Keras has no such layer);
- :func:`googlenet` — GoogLeNet (Inception v1) with its nine inception modules and their 1×1
  reductions (the two auxiliary training classifiers are left out, as at inference);
- :func:`resnet34` — Hands-On ML's ResNet-34 (``[64]*3 + [128]*4 + [256]*6 + [512]*3`` residual
  units, 10 classes as in the book), built from
  :func:`~visionagent.core.training.zoo.residual_unit`;
- :func:`resnet50` — ResNet-50 layer for layer as ``keras.applications.ResNet50`` builds it
  (same parameter count), with ``se=True`` an SE-ResNet-50: SENet's squeeze-and-excitation block
  on every bottleneck unit's residual branch, before the addition.
"""

from __future__ import annotations

from visionagent.core.training.zoo import inception_module, residual_unit, se_block

BN_EPSILON = 1.001e-5  # keras.applications' ResNet


def alexnet(keras, num_classes: int = 1000):
    layers = keras.layers
    return keras.Sequential(
        [
            keras.Input(shape=(227, 227, 3)),
            layers.Conv2D(96, 11, strides=4, activation="relu", name="c1"),
            layers.MaxPooling2D(3, strides=2, name="s2"),
            layers.Conv2D(256, 5, padding="same", activation="relu", name="c3"),
            layers.MaxPooling2D(3, strides=2, name="s4"),
            layers.Conv2D(384, 3, padding="same", activation="relu", name="c5"),
            layers.Conv2D(384, 3, padding="same", activation="relu", name="c6"),
            layers.Conv2D(256, 3, padding="same", activation="relu", name="c7"),
            layers.MaxPooling2D(3, strides=2, name="s8"),
            layers.Flatten(name="flatten"),
            layers.Dense(4096, activation="relu", name="f9"),
            layers.Dropout(0.5, name="dropout_f9"),
            layers.Dense(4096, activation="relu", name="f10"),
            layers.Dropout(0.5, name="dropout_f10"),
            layers.Dense(num_classes, activation="softmax", name="predictions"),
        ],
        name="alexnet",
    )


# GoogLeNet's modules: (name, 1×1, (3×3 reduce, 3×3), (5×5 reduce, 5×5), pool projection)
GOOGLENET_MODULES = (
    ("3a", 64, (96, 128), (16, 32), 32),
    ("3b", 128, (128, 192), (32, 96), 64),
    ("pool",),
    ("4a", 192, (96, 208), (16, 48), 64),
    ("4b", 160, (112, 224), (24, 64), 64),
    ("4c", 128, (128, 256), (24, 64), 64),
    ("4d", 112, (144, 288), (32, 64), 64),
    ("4e", 256, (160, 320), (32, 128), 128),
    ("pool",),
    ("5a", 256, (160, 320), (32, 128), 128),
    ("5b", 384, (192, 384), (48, 128), 128),
)


def googlenet(keras, num_classes: int = 1000):
    layers = keras.layers
    inputs = keras.Input(shape=(224, 224, 3))
    x = layers.Conv2D(64, 7, strides=2, padding="same", activation="relu", name="conv1")(inputs)
    x = layers.MaxPooling2D(3, strides=2, padding="same", name="pool1")(x)
    x = layers.Conv2D(64, 1, activation="relu", name="conv2_reduce")(x)
    x = layers.Conv2D(192, 3, padding="same", activation="relu", name="conv2")(x)
    x = layers.MaxPooling2D(3, strides=2, padding="same", name="pool2")(x)
    pools = 2
    for module in GOOGLENET_MODULES:
        if module[0] == "pool":
            pools += 1
            x = layers.MaxPooling2D(3, strides=2, padding="same", name=f"pool{pools}")(x)
            continue
        label, ones, threes, fives, pool = module
        x = inception_module(layers, x, ones, threes, fives, pool, f"inception_{label}")
    x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    x = layers.Dropout(0.4, name="dropout")(x)
    outputs = layers.Dense(num_classes, activation="softmax", name="predictions")(x)
    return keras.Model(inputs, outputs, name="googlenet")


def resnet34(keras, num_classes: int = 10):
    layers = keras.layers
    inputs = keras.Input(shape=(224, 224, 3))
    x = layers.Conv2D(64, 7, strides=2, padding="same", use_bias=False, name="conv1")(inputs)
    x = layers.BatchNormalization(name="conv1_bn")(x)
    x = layers.Activation("relu", name="conv1_relu")(x)
    x = layers.MaxPooling2D(3, strides=2, padding="same", name="pool1")(x)
    previous = 64
    for index, filters in enumerate([64] * 3 + [128] * 4 + [256] * 6 + [512] * 3, 1):
        strides = 1 if filters == previous else 2
        x = residual_unit(layers, x, filters, strides, name=f"unit{index}")
        previous = filters
    x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    x = layers.Flatten(name="flatten")(x)
    outputs = layers.Dense(num_classes, activation="softmax", name="predictions")(x)
    return keras.Model(inputs, outputs, name="resnet34")


def _bottleneck(layers, x, filters: int, stride: int, shortcut_conv: bool, se: bool, name: str):
    if shortcut_conv:
        shortcut = layers.Conv2D(4 * filters, 1, strides=stride, name=f"{name}_0_conv")(x)
        shortcut = layers.BatchNormalization(epsilon=BN_EPSILON, name=f"{name}_0_bn")(shortcut)
    else:
        shortcut = x
    x = layers.Conv2D(filters, 1, strides=stride, name=f"{name}_1_conv")(x)
    x = layers.BatchNormalization(epsilon=BN_EPSILON, name=f"{name}_1_bn")(x)
    x = layers.Activation("relu", name=f"{name}_1_relu")(x)
    x = layers.Conv2D(filters, 3, padding="same", name=f"{name}_2_conv")(x)
    x = layers.BatchNormalization(epsilon=BN_EPSILON, name=f"{name}_2_bn")(x)
    x = layers.Activation("relu", name=f"{name}_2_relu")(x)
    x = layers.Conv2D(4 * filters, 1, name=f"{name}_3_conv")(x)
    x = layers.BatchNormalization(epsilon=BN_EPSILON, name=f"{name}_3_bn")(x)
    if se:
        x = se_block(layers, x, 16, name=f"{name}_se")
    x = layers.Add(name=f"{name}_add")([shortcut, x])
    return layers.Activation("relu", name=f"{name}_out")(x)


def resnet50(keras, num_classes: int = 1000, se: bool = False):
    layers = keras.layers
    inputs = keras.Input(shape=(224, 224, 3))
    x = layers.ZeroPadding2D(3, name="conv1_pad")(inputs)
    x = layers.Conv2D(64, 7, strides=2, name="conv1_conv")(x)
    x = layers.BatchNormalization(epsilon=BN_EPSILON, name="conv1_bn")(x)
    x = layers.Activation("relu", name="conv1_relu")(x)
    x = layers.ZeroPadding2D(1, name="pool1_pad")(x)
    x = layers.MaxPooling2D(3, strides=2, name="pool1_pool")(x)
    for stage, (filters, blocks, stride) in enumerate(
        ((64, 3, 1), (128, 4, 2), (256, 6, 2), (512, 3, 2)), 2
    ):
        for block in range(1, blocks + 1):
            x = _bottleneck(
                layers,
                x,
                filters,
                stride if block == 1 else 1,
                shortcut_conv=block == 1,
                se=se,
                name=f"conv{stage}_block{block}",
            )
    x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    outputs = layers.Dense(num_classes, activation="softmax", name="predictions")(x)
    return keras.Model(inputs, outputs, name="se_resnet50" if se else "resnet50")
