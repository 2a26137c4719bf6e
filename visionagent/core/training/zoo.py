"""Small, trainable versions of the chapter's comparisons and of the famous architectures.

Each builder has the trainer's signature ``build(keras, input_shape, num_classes, dropout)`` and
works on the bundled digits (28×28×1) and on CIFAR-10 (32×32×3); :data:`ARCHITECTURES
<visionagent.core.training.architectures.ARCHITECTURES>` registers them. They are sized for a
run of a few minutes on a two-core CPU with mnist-10k:

- :func:`mlp` — the 784-512-10 baseline of the MNIST early-stopping notes;
  :func:`deep_mlp` — the deeper MLP of the textbook's program 7-5 (784-1024-512-512-10), which
  programs 8-1 and 8-2 are compared with ("CNN vs MLP");
- :func:`mini_vgg` — VGG's idea: only 3×3 convolutions, two per block, filters doubling;
- :func:`mini_resnet` and :func:`mini_resnet_plain` — Hands-On ML's residual units (ch. 14) in a
  20-layer net, and the same layers without the skip connections ("plain vs residual");
- :func:`mini_inception` — GoogLeNet's inception modules with their 1×1 reductions;
- :func:`separable_cnn` — Xception's depthwise separable convolutions.

The building blocks (:func:`residual_unit`, :func:`inception_module`, :func:`se_block`) also
build the full-size networks of the architecture gallery (:mod:`visionagent.core.gallery`).
``dropout=None`` keeps each network's own rate ("textbook" in the form); a number replaces it.
"""

from __future__ import annotations

MLP_HIDDEN = (512,)  # 784-512-10, the MNIST early-stopping notes' baseline
DEEP_MLP_HIDDEN = (1024, 512, 512)  # program 7-5's deep MLP
MINI_RESNET_STAGES = ((16, 3), (32, 3), (64, 3))  # (filters, residual units) per stage
# BatchNormalization momentum of the small networks: with ~70 batches an epoch on mnist-10k,
# Keras' 0.99 leaves the moving statistics far behind for the first epochs (as in cnn-v2-bn).
BN_MOMENTUM = 0.9


# ------------------------------------------------------------------ building blocks
def residual_unit(
    layers,
    x,
    filters: int,
    strides: int = 1,
    skip: bool = True,
    name: str = "",
    bn_momentum: float = 0.99,
):
    """Hands-On ML's residual unit: 3×3 conv, BN, ReLU, 3×3 conv, BN, plus the input (through a
    1×1 convolution with BN when the stride or the width changes), then ReLU.

    ``skip=False`` gives the plain twin: the same main path without the addition.
    """
    prefix = f"{name}_" if name else ""
    main = layers.Conv2D(
        filters, 3, strides=strides, padding="same", use_bias=False, name=prefix + "conv1"
    )(x)
    main = layers.BatchNormalization(momentum=bn_momentum, name=prefix + "bn1")(main)
    main = layers.Activation("relu", name=prefix + "relu1")(main)
    main = layers.Conv2D(filters, 3, padding="same", use_bias=False, name=prefix + "conv2")(main)
    main = layers.BatchNormalization(momentum=bn_momentum, name=prefix + "bn2")(main)
    if not skip:
        return layers.Activation("relu", name=prefix + "out")(main)
    shortcut = x
    if strides > 1 or int(x.shape[-1]) != filters:
        shortcut = layers.Conv2D(
            filters, 1, strides=strides, padding="same", use_bias=False, name=prefix + "skip_conv"
        )(x)
        shortcut = layers.BatchNormalization(momentum=bn_momentum, name=prefix + "skip_bn")(
            shortcut
        )
    added = layers.Add(name=prefix + "add")([main, shortcut])
    return layers.Activation("relu", name=prefix + "out")(added)


def inception_module(layers, x, ones: int, threes: tuple, fives: tuple, pool: int, name: str):
    """GoogLeNet's inception module: 1×1; 1×1 → 3×3; 1×1 → 5×5; 3×3 max pool → 1×1, joined.

    ``threes`` and ``fives`` are ``(1×1 reduction, filters)``: the 1×1 convolutions first shrink
    the depth, which is what keeps the 3×3 and 5×5 convolutions affordable.
    """

    def conv(y, filters, size, label):
        return layers.Conv2D(
            filters, size, padding="same", activation="relu", name=f"{name}_{label}"
        )(y)

    branch1 = conv(x, ones, 1, "1x1")
    branch3 = conv(conv(x, threes[0], 1, "3x3_reduce"), threes[1], 3, "3x3")
    branch5 = conv(conv(x, fives[0], 1, "5x5_reduce"), fives[1], 5, "5x5")
    pooled = layers.MaxPooling2D(3, strides=1, padding="same", name=f"{name}_pool")(x)
    branch_pool = conv(pooled, pool, 1, "pool_proj")
    return layers.Concatenate(name=f"{name}_concat")([branch1, branch3, branch5, branch_pool])


def se_block(layers, x, ratio: int = 16, name: str = "se"):
    """SENet's squeeze-and-excitation block: global average pooling, a Dense layer with
    1/``ratio`` of the channels (ReLU), a Dense layer back to all channels (sigmoid), and every
    feature map scaled by its weight."""
    channels = int(x.shape[-1])
    weights = layers.GlobalAveragePooling2D(name=f"{name}_squeeze")(x)
    weights = layers.Dense(max(1, channels // ratio), activation="relu", name=f"{name}_reduce")(
        weights
    )
    weights = layers.Dense(channels, activation="sigmoid", name=f"{name}_expand")(weights)
    weights = layers.Reshape((1, 1, channels), name=f"{name}_reshape")(weights)
    return layers.Multiply(name=f"{name}_scale")([x, weights])


def _head(keras, x, num_classes: int, rate: float | None):
    layers = keras.layers
    if rate:
        x = layers.Dropout(rate, name="dropout")(x)
    return layers.Dense(num_classes, activation="softmax", name="predictions")(x)


# ------------------------------------------------------------------ MLPs
def mlp(keras, input_shape, num_classes, dropout, hidden=MLP_HIDDEN, name="mlp"):
    """Flatten, then fully connected ReLU layers of ``hidden`` units, then softmax.

    No dropout unless one is given (then after every hidden layer).
    """
    layers = keras.layers
    stack = [keras.Input(shape=input_shape), layers.Flatten(name="flatten")]
    for index, units in enumerate(hidden, 1):
        stack.append(layers.Dense(units, activation="relu", name=f"dense_{index}"))
        if dropout:
            stack.append(layers.Dropout(dropout, name=f"dropout_{index}"))
    stack.append(layers.Dense(num_classes, activation="softmax", name="predictions"))
    return keras.Sequential(stack, name=name)


def deep_mlp(keras, input_shape, num_classes, dropout):
    """Program 7-5's deep MLP: 784-1024-512-512-10 (1,596,426 weights on 28×28 digits)."""
    return mlp(keras, input_shape, num_classes, dropout, hidden=DEEP_MLP_HIDDEN, name="deep_mlp")


# ------------------------------------------------------------------ small CNNs
def mini_vgg(keras, input_shape, num_classes, dropout):
    """Three VGG blocks (two 3×3 convolutions and a 2×2 max pooling; 16, 32, 64 filters), a
    128-unit dense layer, dropout 0.5 and softmax."""
    layers = keras.layers
    inputs = keras.Input(shape=input_shape)
    x = inputs
    for block, filters in enumerate((16, 32, 64), 1):
        for index in (1, 2):
            x = layers.Conv2D(
                filters, 3, padding="same", activation="relu", name=f"block{block}_conv{index}"
            )(x)
        x = layers.MaxPooling2D(2, name=f"block{block}_pool")(x)
    x = layers.Flatten(name="flatten")(x)
    x = layers.Dense(128, activation="relu", name="fc")(x)
    outputs = _head(keras, x, num_classes, 0.5 if dropout is None else dropout)
    return keras.Model(inputs, outputs, name="mini_vgg")


def _bn_stem(layers, inputs, filters: int):
    """A 3×3 convolution without bias, batch normalization, ReLU and 2×2 max pooling."""
    x = layers.Conv2D(filters, 3, padding="same", use_bias=False, name="stem_conv")(inputs)
    x = layers.BatchNormalization(momentum=BN_MOMENTUM, name="stem_bn")(x)
    x = layers.Activation("relu", name="stem_relu")(x)
    return layers.MaxPooling2D(2, name="stem_pool")(x)


def _mini_resnet(keras, input_shape, num_classes, dropout, skip: bool, name: str):
    layers = keras.layers
    inputs = keras.Input(shape=input_shape)
    x = _bn_stem(layers, inputs, 16)
    for stage, (filters, units) in enumerate(MINI_RESNET_STAGES, 1):
        for unit in range(1, units + 1):
            strides = 2 if stage > 1 and unit == 1 else 1
            x = residual_unit(
                layers, x, filters, strides, skip, f"s{stage}u{unit}", bn_momentum=BN_MOMENTUM
            )
    x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    return keras.Model(inputs, _head(keras, x, num_classes, dropout), name=name)


def mini_resnet(keras, input_shape, num_classes, dropout):
    """A 20-layer ResNet: a 3×3 stem and 2×2 pooling, three residual units each of 16, 32 and 64
    filters (strides 1, 2, 2), global average pooling and softmax (no dropout unless one is
    given)."""
    return _mini_resnet(keras, input_shape, num_classes, dropout, True, "mini_resnet")


def mini_resnet_plain(keras, input_shape, num_classes, dropout):
    """:func:`mini_resnet` without the skip connections (and so without their 1×1
    projections): the plain twin of "plain vs residual"."""
    return _mini_resnet(keras, input_shape, num_classes, dropout, False, "mini_resnet_plain")


def mini_inception(keras, input_shape, num_classes, dropout):
    """A 3×3 stem and pooling, two inception modules, pooling, a third module, global average
    pooling, dropout 0.4 (GoogLeNet's) and softmax."""
    layers = keras.layers
    inputs = keras.Input(shape=input_shape)
    x = layers.Conv2D(32, 3, padding="same", activation="relu", name="stem_conv")(inputs)
    x = layers.MaxPooling2D(2, name="stem_pool")(x)
    x = inception_module(layers, x, 16, (16, 24), (4, 8), 8, "inception_a")
    x = inception_module(layers, x, 24, (24, 32), (4, 8), 8, "inception_b")
    x = layers.MaxPooling2D(2, name="pool")(x)
    x = inception_module(layers, x, 32, (32, 48), (8, 16), 16, "inception_c")
    x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    outputs = _head(keras, x, num_classes, 0.4 if dropout is None else dropout)
    return keras.Model(inputs, outputs, name="mini_inception")


def separable_cnn(keras, input_shape, num_classes, dropout):
    """Xception's idea in small: a 3×3 stem and 2×2 pooling, then two blocks of two depthwise
    separable convolutions (one 3×3 filter per channel, then a 1×1 mix; 64 and 128 filters) with
    BN and pooling, global average pooling, dropout 0.25 and softmax."""
    layers = keras.layers
    inputs = keras.Input(shape=input_shape)
    x = _bn_stem(layers, inputs, 32)
    for block, filters in enumerate((64, 128), 1):
        for index in (1, 2):
            x = layers.SeparableConv2D(
                filters, 3, padding="same", use_bias=False, name=f"block{block}_sepconv{index}"
            )(x)
            x = layers.BatchNormalization(momentum=BN_MOMENTUM, name=f"block{block}_bn{index}")(x)
            x = layers.Activation("relu", name=f"block{block}_relu{index}")(x)
        x = layers.MaxPooling2D(2, name=f"block{block}_pool")(x)
    x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    outputs = _head(keras, x, num_classes, 0.25 if dropout is None else dropout)
    return keras.Model(inputs, outputs, name="separable_cnn")
